package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.TypeConversionException;

/** The --window converter: four increasing lengths with units. */
class WindowConverterTest {
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
