package com.fabwright.dfm.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fabwright.dfm.DfmRules;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileLoaderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"generic-class2", "generic-class3", "proto-standard", "proto-advanced"})
    void shippedProfilesHaveNameVersionSourceAndOnlyKnownRules(String name) {
        DfmProfile p = ProfileLoader.load(name);
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.version()).isNotBlank();
        assertThat(p.source()).hasSizeGreaterThan(40);
        assertThat(p.rules().keySet()).allMatch(id -> DfmRules.byId(id).isPresent(), "implemented");
    }

    @Test
    void extendsMergesFieldByFieldAndKeepsTheChain() {
        DfmProfile p = ProfileLoader.load("proto-advanced");
        assertThat(p.chain()).containsExactly("proto-advanced", "proto-standard", "generic-class2");
        RuleConfig width = p.configs(1).get("copper.min-width");
        assertThat(width.min()).isEqualTo(0.09);
        assertThat(width.warnAt()).isEqualTo(0.1);
        // inherited from generic-class2, untouched by the children
        assertThat(p.configs(1).get("drill.max-diameter").max()).isEqualTo(6.3);
    }

    @ParameterizedTest
    @CsvSource({"1, 0.127", "1.5, 0.127", "2, 0.16", "3, 0.25", "4, 0.25"})
    void copperWeightPicksTheThreshold(double oz, double min) {
        assertThat(ProfileLoader.load("generic-class2").configs(oz).get("copper.min-width").min()).isEqualTo(min);
    }

    @Test
    void warningBand() {
        RuleConfig c = ProfileLoader.load("generic-class2").configs(1).get("copper.clearance");
        assertThat(c.forMinimum(0.1)).isEqualTo(Severity.ERROR);
        assertThat(c.forMinimum(0.14)).isEqualTo(Severity.WARNING);
        assertThat(c.forMinimum(0.2)).isNull();
    }

    @Test
    void userFileExtendsAShippedProfileAndDisablesARule() throws Exception {
        Path f = tmp.resolve("fab.json");
        Files.writeString(f, "{\"name\":\"my-fab\",\"version\":\"3\",\"extends\":\"proto-standard\",\"source\":\"our fab\","
                + "\"rules\":{\"copper.clearance\":{\"min\":\"4mil\"},\"silk.min-width\":{\"enabled\":false}}}");
        DfmProfile p = ProfileLoader.load(f.toString());
        assertThat(p.configs(1).get("copper.clearance").min()).isCloseTo(0.1016, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(p.configs(1).get("copper.clearance").warnAt()).isEqualTo(0.15);
        assertThat(p.configs(1)).doesNotContainKey("silk.min-width");
    }

    @Test
    void errorsNameTheProfileRuleAndField() throws Exception {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\"name\":\"bad\",\"rules\":{\"copper.clearance\":{\"min\":\"wide\"}}}");
        assertThatThrownBy(() -> ProfileLoader.load(f.toString())).isInstanceOf(ProfileException.class)
                .hasMessageContaining("bad").hasMessageContaining("copper.clearance").hasMessageContaining("min");
        Path g = tmp.resolve("loop.json");
        Files.writeString(g, "{\"name\":\"loop\",\"extends\":\"loop.json\"}");
        assertThatThrownBy(() -> ProfileLoader.load(g.toString())).isInstanceOf(ProfileException.class)
                .hasMessageContaining("deeper");
        assertThatThrownBy(() -> ProfileLoader.load("no-such")).isInstanceOf(ProfileException.class);
    }

    @ParameterizedTest
    @CsvSource({"0.127mm, 0.127", "5mil, 0.127", "0.004in, 0.1016", "25um, 0.025", "0.3, 0.3"})
    void lengths(String text, double mm) {
        assertThat(com.fabwright.input.Length.parseMm(text)).isCloseTo(mm, org.assertj.core.api.Assertions.within(1e-12));
    }
}
