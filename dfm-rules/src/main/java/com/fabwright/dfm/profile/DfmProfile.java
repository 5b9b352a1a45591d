package com.fabwright.dfm.profile;

import com.fabwright.dfm.RuleConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A fab's capability profile (CLI.md "Profiles"): which rules run, with which limits, warning bands
 * and severities, and where the numbers come from. Inheritance ({@code extends}) is resolved by
 * {@link ProfileLoader}: a profile holds its complete rule set.
 *
 * @param name    profile name ({@code proto-standard})
 * @param version profile version ({@code 2026.1})
 * @param source  where the numbers come from (fab pages, standards), for the report
 * @param chain   the names this profile extends, itself first
 * @param rules   rule id to its settings, in profile order
 */
public record DfmProfile(String name, String version, String source, List<String> chain, Map<String, RuleSpec> rules) {

    public DfmProfile {
        chain = List.copyOf(chain);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /**
     * One rule's settings: the base configuration, per-copper-weight overrides (oz to config; the
     * largest weight not above the board's copper applies), and whether it runs.
     */
    public record RuleSpec(RuleConfig base, NavigableMap<Double, RuleConfig> byCopperOz, boolean enabled) {
        public RuleSpec {
            byCopperOz = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(byCopperOz));
        }

        /** The configuration for a board of this copper weight. */
        public RuleConfig forCopper(double oz) {
            Map.Entry<Double, RuleConfig> e = byCopperOz.floorEntry(oz + 1e-9);
            return e == null ? base : e.getValue();
        }
    }

    /** The enabled rules' configurations for a board of this copper weight. */
    public Map<String, RuleConfig> configs(double copperOz) {
        Map<String, RuleConfig> out = new LinkedHashMap<>();
        rules.forEach((id, spec) -> {
            if (spec.enabled()) {
                out.put(id, spec.forCopper(copperOz));
            }
        });
        return out;
    }
}
