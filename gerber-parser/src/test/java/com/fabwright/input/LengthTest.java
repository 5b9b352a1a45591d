package com.fabwright.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one length parser: units of CLI.md, profiles and quote inputs; bare numbers are millimetres. */
class LengthTest {
    @ParameterizedTest(name = "{0} = {1} mm")
    @CsvSource({"0.1mm, 0.1", "4mil, 0.1016", "0.004in, 0.1016", "2.5, 2.5", "-3, -3", "25um, 0.025",
            ".5mm, 0.5", "1e1, 10", "10 MM, 10", "1inch, 25.4", "0.127mm, 0.127", "5mil, 0.127", "2 mm, 2"})
    void parsesLengthsWithUnits(String text, double mm) {
        assertThat(Length.parseMm(text)).isCloseTo(mm, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mm", "1 furlong", "1..2", "0x10", "NaN"})
    void rejectsWhatIsNotALength(String text) {
        assertThatThrownBy(() -> Length.parseMm(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
