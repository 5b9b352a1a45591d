package com.fabwright.input;

/**
 * Limits that keep hostile or broken customer files from exhausting memory or time. Each one, when
 * exceeded, yields a clear error diagnostic for the file, never an out-of-memory or a hang.
 *
 * @param maxFileBytes            largest file read, in bytes
 * @param maxStepRepeatInstances  most copies one step-and-repeat ({@code SR}) may make, nesting multiplied
 * @param maxBlockNesting         deepest nesting of block apertures ({@code AB}) and SR
 * @param maxExpressionDepth      deepest nesting of parentheses/operators in a macro expression
 * @param maxObjectsPerLayer      most graphical objects one layer may expand into
 * @param maxIncludeDepth         deepest chain of {@code %IF%} include files
 */
public record InputLimits(long maxFileBytes, long maxStepRepeatInstances, int maxBlockNesting,
                          int maxExpressionDepth, long maxObjectsPerLayer, int maxIncludeDepth) {

    /** Generous defaults: the largest real boards seen are far below each. */
    public static final InputLimits DEFAULTS =
            new InputLimits(512L * 1024 * 1024, 1_000_000, 32, 64, 20_000_000, 8);

    public InputLimits withMaxFileBytes(long v) {
        return new InputLimits(v, maxStepRepeatInstances, maxBlockNesting, maxExpressionDepth, maxObjectsPerLayer, maxIncludeDepth);
    }

    public InputLimits withMaxStepRepeatInstances(long v) {
        return new InputLimits(maxFileBytes, v, maxBlockNesting, maxExpressionDepth, maxObjectsPerLayer, maxIncludeDepth);
    }

    public InputLimits withMaxBlockNesting(int v) {
        return new InputLimits(maxFileBytes, maxStepRepeatInstances, v, maxExpressionDepth, maxObjectsPerLayer, maxIncludeDepth);
    }

    public InputLimits withMaxExpressionDepth(int v) {
        return new InputLimits(maxFileBytes, maxStepRepeatInstances, maxBlockNesting, v, maxObjectsPerLayer, maxIncludeDepth);
    }

    public InputLimits withMaxObjectsPerLayer(long v) {
        return new InputLimits(maxFileBytes, maxStepRepeatInstances, maxBlockNesting, maxExpressionDepth, v, maxIncludeDepth);
    }

    public InputLimits withMaxIncludeDepth(int v) {
        return new InputLimits(maxFileBytes, maxStepRepeatInstances, maxBlockNesting, maxExpressionDepth, maxObjectsPerLayer, v);
    }
}
