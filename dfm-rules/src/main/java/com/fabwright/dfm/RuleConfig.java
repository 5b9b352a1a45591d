package com.fabwright.dfm;

import java.util.Map;

/**
 * The parameters a profile gives one rule: the hard limit ({@code min} or {@code max}, mm), a
 * warning band ({@code warnAt}: below it, but not below {@code min}, a finding is a warning) and
 * the severity of a finding beyond the hard limit, plus rule-specific numbers ({@code params},
 * already in mm where they are lengths).
 *
 * @param severity severity of a finding beyond the hard limit
 * @param min      smallest allowed value (mm), or {@code null}
 * @param max      largest allowed value (mm), or {@code null}
 * @param warnAt   for a {@code min} rule: values below this (and at least {@code min}) warn; for a
 *                 {@code max} rule: values above this (and at most {@code max}) warn; or {@code null}
 * @param params   further numeric parameters by name
 */
public record RuleConfig(Severity severity, Double min, Double max, Double warnAt, Map<String, Double> params) {

    public RuleConfig {
        severity = severity == null ? Severity.ERROR : severity;
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A minimum rule with the default severity (error) and no warning band. */
    public static RuleConfig min(double min) {
        return new RuleConfig(Severity.ERROR, min, null, null, Map.of());
    }

    /** A maximum rule with the default severity (error) and no warning band. */
    public static RuleConfig max(double max) {
        return new RuleConfig(Severity.ERROR, null, max, null, Map.of());
    }

    /** The distance below which a {@code min} rule reports anything: the larger of min and warnAt. */
    public double reportBelow() {
        double m = min == null ? 0 : min;
        return warnAt != null && warnAt > m ? warnAt : m;
    }

    /** Severity of a measured value for a {@code min} rule, or {@code null} when it passes. */
    public Severity forMinimum(double measured) {
        if (min != null && measured < min - EPS) {
            return severity;
        }
        if (warnAt != null && measured < warnAt - EPS) {
            return Severity.WARNING;
        }
        return null;
    }

    /** Severity of a measured value for a {@code max} rule, or {@code null} when it passes. */
    public Severity forMaximum(double measured) {
        if (max != null && measured > max + EPS) {
            return severity;
        }
        if (warnAt != null && measured > warnAt + EPS) {
            return Severity.WARNING;
        }
        return null;
    }

    /** The limit a finding of {@code severity} was measured against (min/max, or warnAt for warnings). */
    public Double limitFor(Severity found, boolean minimum) {
        if (found == severity && !(found == Severity.WARNING && warnAt != null && (minimum ? min == null : max == null))) {
            return minimum ? min : max;
        }
        return warnAt;
    }

    /**
     * This rule with another minimum taken from parameter {@code param} when the profile gives it
     * ({@code nonPlatedMin}, {@code viaMin}); the warning band is kept only when {@code keepWarn}.
     */
    public RuleConfig withMinFrom(String param, boolean keepWarn) {
        Double m = params.get(param);
        return m == null ? this : new RuleConfig(severity, m, null, keepWarn ? warnAt : null, params);
    }

    /** A numeric parameter, or {@code fallback} when the profile does not give it. */
    public double param(String name, double fallback) {
        Double v = params.get(name);
        return v == null ? fallback : v;
    }

    /**
     * A measurement within 0.1 µm of a limit meets it: coordinates snap to a 1 nm grid and rounded
     * pad corners are chords, so a gap drawn at exactly the limit measures a fraction of a µm off.
     */
    public static final double EPS = 1e-4;
}
