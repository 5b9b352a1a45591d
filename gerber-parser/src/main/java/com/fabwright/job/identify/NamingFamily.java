package com.fabwright.job.identify;

import com.fabwright.job.FileKind;
import com.fabwright.job.identify.NameRule.Applies;
import com.fabwright.job.identify.NameRule.NameMatch;
import com.fabwright.job.identify.NameRule.Numbering;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The file-name conventions of one CAD tool (or of a group of tools that share them). A job is
 * named by the family whose rules explain most of its files (as gerbonara's {@code _best_match}
 * does); the first rule of a family that matches a name wins.
 */
final class NamingFamily {
    final String name;
    final List<NameRule> rules;

    private NamingFamily(String name, List<NameRule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
    }

    /** The first rule of this family matching the lower-case name, or {@code null}. */
    NameMatch match(String lowerName, FileKind kind) {
        for (NameRule rule : rules) {
            NameMatch m = rule.match(lowerName, kind);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    static Builder family(String name) {
        return new Builder(name);
    }

    static final class Builder {
        private final String name;
        private final List<NameRule> rules = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder any(String regex, LayerTemplate t) {
            return add(regex, t, Numbering.NONE, Applies.ANY);
        }

        Builder any(String regex, LayerTemplate t, Numbering n) {
            return add(regex, t, n, Applies.ANY);
        }

        Builder gerber(String regex, LayerTemplate t) {
            return add(regex, t, Numbering.NONE, Applies.GERBER);
        }

        Builder gerber(String regex, LayerTemplate t, Numbering n) {
            return add(regex, t, n, Applies.GERBER);
        }

        Builder drill(String regex, LayerTemplate t) {
            return add(regex, t, Numbering.NONE, Applies.EXCELLON);
        }

        private Builder add(String regex, LayerTemplate t, Numbering n, Applies a) {
            rules.add(new NameRule(Pattern.compile(regex), t, n, a));
            return this;
        }

        NamingFamily build() {
            return new NamingFamily(name, rules);
        }
    }
}
