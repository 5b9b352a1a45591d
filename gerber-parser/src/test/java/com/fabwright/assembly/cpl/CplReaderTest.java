package com.fabwright.assembly.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.assembly.table.Table;
import com.fabwright.assembly.table.TableReader;
import com.fabwright.diagnostics.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CplReaderTest {

    static PlacementFile read(String name, String text) {
        Table t = new TableReader("CPL").readText(text.getBytes(StandardCharsets.UTF_8), name);
        return new CplReader().read(t);
    }

    @Test
    void allegroReportsAreInMilsAndMirroredIsBottom() {
        PlacementFile p = read("place.txt", """
                REFDES,COMP_DEVICE_TYPE,COMP_VALUE,SYM_X,SYM_Y,SYM_ROTATE,SYM_MIRROR,SYM_NAME
                U1,LM358_SOIC8,LM358,1000.00,500.00,90.000,NO,SOIC8
                C7,CAP_0402,100nF,250.00,-125.00,180.000,YES,C0402
                """);
        assertThat(p.format()).isEqualTo("allegro");
        assertThat(p.unit()).isEqualTo(LengthUnit.MIL);
        assertThat(p.placements()).extracting(Placement::side).containsExactly(Side.TOP, Side.BOTTOM);
        assertThat(p.placements().get(0).xMm()).isCloseTo(25.4, within(1e-9));
        assertThat(p.placements().get(1).yMm()).isCloseTo(-3.175, within(1e-9));
        assertThat(p.placements().get(0).footprint()).isEqualTo("SOIC8");
        assertThat(p.diagnostics()).extracting(Diagnostic::code).contains("CPL-W003");
    }

    @Test
    void altiumTextWithUnitsOnEveryValueAndTwoWordHeaders() {
        PlacementFile p = read("Pick Place for x.txt", """
                Designator Footprint               Mid X         Mid Y         Ref X         Ref Y         Pad X         Pad Y TB      Rotation Comment

                R1         0402                   10mm          20mm          11mm          21mm          12mm          22mm  B        90.00 10k 1%
                U1         QFN-32                 1000mil       2000mil       1000mil       2000mil       1000mil       2000mil  T   360.00
                """);
        assertThat(p.format()).isEqualTo("altium");
        assertThat(p.placements()).hasSize(2);
        Placement r1 = p.placements().get(0);
        assertThat(r1.xMm()).isEqualTo(10.0);
        assertThat(r1.side()).isEqualTo(Side.BOTTOM);
        assertThat(r1.value()).isEqualTo("10k 1%");
        assertThat(p.placements().get(1).xMm()).isCloseTo(25.4, within(1e-9));
        assertThat(p.placements().get(1).rotationDeg()).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"X (mm),MM", "Mid X(mil),MIL", "Center-X(mm),MM", "X_mils,MIL", "PosX,", "X [in],INCH", "x,"})
    void unitsAreReadFromHeaders(String header, LengthUnit unit) {
        assertThat(UnitDetector.fromHeader(header)).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"T,TOP", "Top,TOP", "TopLayer,TOP", "F.Cu,TOP", "bottom,BOTTOM", "B,BOTTOM", "Bot,BOTTOM",
            "BottomLayer,BOTTOM", "B.Cu,BOTTOM", "sideways,"})
    void sideWords(String cell, Side side) {
        assertThat(SideParser.side(cell)).isEqualTo(side);
    }

    @Test
    void kicadNegativeBottomXIsUndone() {
        PlacementFile p = read("b-pos.csv", """
                Ref,Val,Package,PosX,PosY,Rot,Side
                "C1","1uF","1005_C",-156.0,-94.9,45.0,bottom
                "R1","1k","1005_R",150.0,-100.0,0.0,top
                """);
        assertThat(p.placements().get(0).xMm()).isEqualTo(156.0);
        assertThat(p.placements().get(0).rotationDeg()).isEqualTo(225.0);
        assertThat(p.diagnostics()).extracting(Diagnostic::code).contains("CPL-W006");
    }

    @Test
    void badCellsAreDiagnosticsWithRowAndColumn() {
        PlacementFile p = read("cpl.csv", """
                Designator,Mid X,Mid Y,Layer,Rotation
                R1,1.0,2.0,T,0
                R2,abc,2.0,T,0
                R3,1.0,2.0,Q,ninety
                ,1,2,T,0
                """);
        assertThat(p.placements()).extracting(Placement::refdes).containsExactly("R1", "R3");
        Diagnostic bad = p.diagnostics().stream().filter(d -> d.code().equals("CPL-W010")).findFirst().orElseThrow();
        assertThat(bad.position().line()).isEqualTo(3);
        assertThat(bad.position().column()).isEqualTo(2);
        assertThat(p.diagnostics()).extracting(Diagnostic::code).contains("CPL-W012", "CPL-W013", "CPL-W011");
    }

    @Test
    void millimetreValuesOverTwoMetresAreFlaggedAsProbablyMils() {
        PlacementFile p = read("xy.csv", "Designator,X,Y,Rotation,Side\nR1,3000,4000,0,top\n");
        assertThat(p.diagnostics()).extracting(Diagnostic::code).contains("CPL-W003", "CPL-W004");
    }

    @Test
    void aGenericXlsxWithAHeaderBelowATitleAndAnOverride(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("centroid.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var s = wb.createSheet("XY");
            s.createRow(0).createCell(0).setCellValue("Centroid report");
            var h = s.createRow(2);
            String[] head = {"Part", "Center X (mm)", "Center Y (mm)", "Angle", "Placement Side", "Where"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            var r = s.createRow(3);
            r.createCell(0).setCellValue("U7");
            r.createCell(1).setCellValue(12.5);
            r.createCell(2).setCellValue(-3.25);
            r.createCell(3).setCellValue(270);
            r.createCell(4).setCellValue("Bottom");
            r.createCell(5).setCellValue("top");
            wb.write(out);
        }
        PlacementFile p = new CplReader().read(f, "centroid.xlsx", ColumnOverride.none());
        assertThat(p.placements()).singleElement().satisfies(u -> {
            assertThat(u.refdes()).isEqualTo("U7");
            assertThat(u.xMm()).isEqualTo(12.5);
            assertThat(u.yMm()).isEqualTo(-3.25);
            assertThat(u.rotationDeg()).isEqualTo(270.0);
            assertThat(u.side()).isEqualTo(Side.BOTTOM);
            assertThat(u.line()).isEqualTo(4);
        });
        PlacementFile o = new CplReader().read(f, "centroid.xlsx",
                new ColumnOverride<>(java.util.Map.of(CplField.SIDE, "Where")));
        assertThat(o.placements().get(0).side()).isEqualTo(Side.TOP);
    }

    @Test
    void theCorrectionTableAddsItsOffsetToMatchingFootprints() throws IOException {
        RotationCorrections table = RotationCorrections.load(new ByteArrayInputStream("""
                {"name":"t","version":"1","source":"test","corrections":[
                  {"format":"altium","footprint":"SOT-?23.*","offsetDeg":180,"note":"library pin 1 bottom"}]}
                """.getBytes(StandardCharsets.UTF_8)));
        Table t = new TableReader("CPL").readText("""
                Designator,Footprint,Mid X,Mid Y,Layer,Rotation,Comment
                Q1,SOT-23,1mm,1mm,T,270,BC847
                R1,0402,1mm,1mm,T,270,1k
                """.getBytes(StandardCharsets.UTF_8), "pnp.csv");
        List<Placement> ps = new CplReader(table).read(t).placements();
        assertThat(ps).extracting(Placement::rotationDeg).containsExactly(90.0, 270.0);
        assertThat(RotationCorrections.defaults().corrections()).isEmpty();
    }
}
