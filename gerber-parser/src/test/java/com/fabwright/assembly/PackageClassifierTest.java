package com.fabwright.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Resistor_SMD:R_0603_1608Metric,0603", "Capacitor_SMD:1005_C,0402", "C0805,0805", "CAP0402,0402",
            "R_01005_0402Metric,01005", "R_2512_6332Metric,2512", "2012_C,0805", "Resistor_SMD:R_1206_3216Metric,1206",
            "SOT-23,SOT", "SOT-223-3_TabPin2,SOT", "SOIC-8_3.9x4.9mm_P1.27mm,SOIC", "TSSOP-20_4.4x6.5mm_P0.65mm,SOIC",
            "LQFP-48_7x7mm_P0.5mm,QFP", "QFN-32-1EP_5x5mm_P0.5mm,QFN", "DFN-8,QFN", "BGA-256_17x17mm_P1.0mm,BGA",
            "DIP-14_W7.62mm,THT", "PinHeader_1x05_P2.54mm_Vertical,THT", "D_SOD-123,SOD", "Fiducial_1mm,OTHER"})
    void footprintNamesClassify(String footprint, String expected) {
        assertThat(PackageClassifier.classify(footprint, List.of()).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} pins, pitch {2}")
    @CsvSource({"SOIC-8_3.9x4.9mm_P1.27mm,8,1.27", "QFN-32-1EP_5x5mm_P0.5mm,32,0.5", "R_0402_1005Metric,2,",
            "SOT-23,3,", "PinHeader_2x05_P2.54mm_Vertical,10,2.54"})
    void pinsAndPitchFromTheName(String footprint, Integer pins, Double pitch) {
        PackageClass c = PackageClassifier.classify(footprint, List.of());
        assertThat(c.pins()).isEqualTo(pins);
        assertThat(c.pitchMm()).isEqualTo(pitch);
    }

    @Test
    void aBgaGetsItsBallCountAndPitchFromThePads() {
        List<Pad> pads = new ArrayList<>();
        GraphicObject dummy = new GraphicObject.Region(List.of(), com.fabwright.image.Polarity.DARK, Attributes.EMPTY);
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                pads.add(new Pad("U1", (char) ('A' + i) + String.valueOf(j + 1), i * 0.8, j * 0.8, Side.TOP, dummy));
            }
        }
        PackageClass c = PackageClassifier.classify("BGA_custom", pads);
        assertThat(c.name()).isEqualTo("BGA");
        assertThat(c.pins()).isEqualTo(100);
        assertThat(c.pitchMm()).isEqualTo(0.8);
        assertThat(c.finePitch()).isFalse();
    }
}
