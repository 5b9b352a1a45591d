package com.fabwright.excellon;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded mutations of a valid file never make the reader throw: hostile input yields diagnostics. */
class ExcellonFuzzTest {
    private static final String BASE = String.join("\n", "M48", ";FILE_FORMAT=2:4", "; #@! TF.FileFunction,Plated,1,2,PTH",
            ";T01 Holesize 1. = 12.000000 Tolerance = +0.000000/-0.000000 PLATED MILS Quantity = 2", "INCH,LZ,00.0000",
            ";TYPE=PLATED", "T1C0.0120F00S00", "T2C0.0360", "%", "G90", "G05", "T1", "X011100Y019000", "Y018050", "R3X001",
            "T2", "X2.0872Y0.6494G85X2.1463Y0.6494", "G00X01Y01", "M15", "G01X02Y01", "G02X03Y02A01", "G03X04Y03I01J0",
            "M16", "G91", "X001", "G90", "G93X0Y0", "M71", "X1.0Y2.0", "M72", "T0", "M30", "");
    private static final String ALPHABET = "XYTGMRCAIJ0123456789.-+;,%\n ";

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedFilesNeverThrow(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(BASE);
        int edits = 1 + r.nextInt(12);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(sb.length() + 1);
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> sb.insert(at, "9".repeat(1 + r.nextInt(25)));
            }
        }
        byte[] content = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        assertThatCode(() -> {
            DrillFile f = new ExcellonReader().read("fuzz.drl", content);
            f.toImage();
            ExcellonFormatResolver.resolve(content, "fuzz.drl", java.util.List.of(new com.fabwright.image.Point(0, 0)));
        }).doesNotThrowAnyException();
    }
}
