package com.fabwright.assembly;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.fabwright.assembly.bom.BomReader;
import com.fabwright.assembly.cpl.CplReader;
import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.assembly.table.Table;
import com.fabwright.assembly.table.TableReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No input makes the BOM or placement readers throw: seeded mutations (bytes flipped, inserted,
 * deleted, lines duplicated, truncation) of valid BOM, CPL and spreadsheet inputs are read, and bad
 * rows come back as diagnostics.
 */
class ReaderMutationTest {
    private static final String[] SEEDS = {
            "Designator,Qty,Value,Footprint,DNP\n\"R1,R3-R5\",4,10k,0402,\nC1,1,100n,0402,yes\n\nDNI parts\nC2,1,1u,0603,\n",
            "Designator,Mid X,Mid Y,Layer,Rotation\nR1,1.0,2.0,T,0\nR2,3mm,4mm,B,90\n",
            "# RefDes, Description, Value, X, Y, rotation, top/bottom\n# X,Y in mils.\nJ2,\"3 TERM\",\"DK\",1501.00,375.00,180,top\n",
            "### Module positions\n## Unit = mm, Angle = deg.\n# Ref Val Package PosX PosY Rot Side\nC1 1uF 1005_C -156.0 -94.9 45.0 bottom\n",
            "\"Id\";\"Designator\";\"Footprint\";\"Quantity\";\n1;\"D1,D2\";\"LED\";2;;;\n"};

    static Stream<Integer> seeds() {
        return IntStream.range(0, 150).boxed();
    }

    @ParameterizedTest(name = "mutation seed {0}")
    @MethodSource("seeds")
    void mutatedTextNeverThrows(int seed) {
        Random r = new Random(seed);
        byte[] b = mutate(SEEDS[seed % SEEDS.length].getBytes(StandardCharsets.UTF_8), r);
        assertThatCode(() -> {
            Table t = new TableReader("BOM").readText(b, "fuzz.csv");
            new BomReader().read(t);
            new CplReader().read(new TableReader("CPL").readText(b, "fuzz.csv"));
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "spreadsheet mutation seed {0}")
    @MethodSource("seeds")
    void mutatedSpreadsheetsNeverThrow(int seed, @TempDir Path tmp) throws IOException {
        if (seed % 5 != 0) {
            return;
        }
        Path src = tmp.resolve("seed.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(src)) {
            var s = wb.createSheet();
            String[][] rows = {{"Designator", "Qty", "Value"}, {"R1,R2", "2", "10k"}, {"C1", "1", "1u"}};
            for (int i = 0; i < rows.length; i++) {
                var row = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        Random r = new Random(seed);
        byte[] b = Files.readAllBytes(src);
        for (int i = 0; i < 1 + r.nextInt(8); i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        Path f = tmp.resolve("fuzz.xlsx");
        Files.write(f, b);
        assertThatCode(() -> {
            new BomReader().read(f, "fuzz.xlsx", ColumnOverride.none());
            new CplReader().read(f, "fuzz.xlsx", ColumnOverride.none());
        }).doesNotThrowAnyException();
    }

    private static final String SPECIAL = "\",;\t\n\r#-.$|()";

    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int ops = 1 + r.nextInt(6);
        for (int k = 0; k < ops && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(5)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = splice(b, at, new byte[] {(byte) SPECIAL.charAt(r.nextInt(SPECIAL.length()))});
                case 2 -> b = java.util.Arrays.copyOf(b, at);
                case 3 -> b = splice(b, at, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + 40)));
                default -> b = splice(b, at, "99999999999999999999e999".getBytes(StandardCharsets.UTF_8));
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }
}
