package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.TypeConversionException;

class LengthsTest {
    @ParameterizedTest(name = "{0} = {1} mm")
    @CsvSource({"0.1mm, 0.1", "4mil, 0.1016", "0.004in, 0.1016", "2.5, 2.5", "-3, -3", "25um, 0.025",
            ".5mm, 0.5", "1e1, 10", "10 MM, 10", "1inch, 25.4"})
    void parsesLengthsWithUnits(String text, double mm) {
        assertThat(Lengths.parseMm(text)).isCloseTo(mm, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mm", "1 furlong", "1..2", "0x10", "NaN"})
    void rejectsWhatIsNotALength(String text) {
        assertThatThrownBy(() -> Lengths.parseMm(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void windowAcceptsMixedUnits() {
        Envelope e = new WindowConverter().convert("0,0,2in,1000mil");
        assertThat(e.getMaxX()).isCloseTo(50.8, within(1e-9));
        assertThat(e.getMaxY()).isCloseTo(25.4, within(1e-9));
    }

    @Test
    void windowMustBeFourIncreasingLengths() {
        assertThatThrownBy(() -> new WindowConverter().convert("0,0,1")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> new WindowConverter().convert("0,5,1,1")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> new WindowConverter().convert("0,0,x,1")).isInstanceOf(TypeConversionException.class);
    }
}
