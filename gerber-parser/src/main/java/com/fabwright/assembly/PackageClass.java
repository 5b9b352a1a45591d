package com.fabwright.assembly;

/**
 * What kind of package a part is, as assembly prices it.
 *
 * @param name    the class name used in {@link AssemblyStatistics#packageClasses()}: a chip size in
 *                imperial code ({@code 0402}), {@code SOT}, {@code SOD}, {@code SOIC}, {@code QFP},
 *                {@code QFN}, {@code BGA}, {@code THT}, {@code OTHER}
 * @param pins    pin (joint) count when known from the pads or the name, else {@code null}
 * @param pitchMm smallest pin pitch when known from the pads or the name, else {@code null}
 * @param mount   the mount type the package implies, {@code UNKNOWN} when the name does not say
 */
public record PackageClass(String name, Integer pins, Double pitchMm, MountType mount) {
    /** Whether the pitch is 0.5 mm or less (fine pitch). */
    public boolean finePitch() {
        return pitchMm != null && pitchMm <= 0.5 + 1e-6;
    }
}
