package com.fabwright.assembly.bom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.assembly.table.Table;
import com.fabwright.assembly.table.TableReader;
import com.fabwright.diagnostics.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BomReaderTest {

    static Bom read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static Bom read(byte[] bytes) {
        Table t = new TableReader("BOM").readText(bytes, "bom.csv");
        return new BomReader().read(t);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "C1,C3-C5|C1 C3 C4 C5",
            "R1 R2|R1 R2",
            "R1; R2 ,R3|R1 R2 R3",
            "C3-5|C3 C4 C5",
            "U$1|U$1",
            "J-1|J-1",
            "R10..R12|R10 R11 R12",
            "KiKit_MB_3_15|KiKit_MB_3_15"})
    void designatorListsAndRangesExpand(String cell, String expected) {
        assertThat(RefdesList.parse(cell).refdes()).containsExactly(expected.split(" "));
    }

    @Test
    void aBackwardsRangeIsKeptAndReported() {
        RefdesList.Parsed p = RefdesList.parse("C5-C3");
        assertThat(p.refdes()).containsExactly("C5-C3");
        assertThat(p.problems()).containsExactly("C5-C3");
    }

    @Test
    void theHeaderIsFoundBelowATitleBlockAndColumnsMapBySynonyms() {
        Bom bom = read("""
                Project: widget rev B
                Printed 2026-01-01
                ,
                Item,Quantity,Part Reference,Manufacturer Part Number,Mfr,PCB Footprint,Description
                1,2,"R1,R2",RC0402FR-0710KL,Yageo,R0402,Resistor
                2,1,U1,STM32F103C8T6,ST,LQFP-48,MCU
                """);
        assertThat(bom.mapping().headerLine()).isEqualTo(4);
        assertThat(bom.mapping().columns()).containsEntry(BomField.REFDES, 2).containsEntry(BomField.MPN, 3)
                .containsEntry(BomField.MANUFACTURER, 4).containsEntry(BomField.FOOTPRINT, 5).containsEntry(BomField.QUANTITY, 1);
        assertThat(bom.mapping().overall()).isGreaterThan(0.9);
        assertThat(bom.lines()).hasSize(2);
        assertThat(bom.placements()).isEqualTo(3);
        assertThat(bom.lines().get(1).mpn()).isEqualTo("STM32F103C8T6");
    }

    @Test
    void aDniSectionAfterTheFittedTableMakesItsLinesDnp() {
        Bom bom = read("""
                Designator;Qty;Value;Footprint
                R1,R2;2;10k;0402
                C1;1;100n;0402

                DNI parts
                Designator;Qty;Value;Footprint
                R3;1;0R;0402
                """);
        assertThat(bom.lines()).hasSize(3);
        assertThat(bom.fittedRefdes()).containsExactly("R1", "R2", "C1");
        assertThat(bom.dnpRefdes()).containsExactly("R3");
        assertThat(bom.dnp()).isEqualTo(1);
        assertThat(bom.diagnostics()).extracting(Diagnostic::code).contains("BOM-I002", "BOM-I003");
    }

    @ParameterizedTest(name = "{0}={1} -> dnp {2}")
    @CsvSource({"DNP,yes,true", "DNP,,false", "DNI,x,true", "Fitted,Not Fitted,true", "Fitted,Fitted,false",
            "Populate,no,true", "Installed,yes,false"})
    void dnpAndFittedColumnsAreRead(String header, String value, boolean dnp) {
        Bom bom = read("Ref,Value," + header + "\nR1,10k," + (value == null ? "" : value) + "\n");
        assertThat(bom.lines()).singleElement().extracting(BomLine::dnp).isEqualTo(dnp);
    }

    @Test
    void aQuantityThatDisagreesWithTheDesignatorsIsReportedWithRowAndColumn() {
        Bom bom = read("Qty,Designator,Value\n3,\"R1,R2\",10k\nfive,R3,1k\n");
        Diagnostic w = bom.diagnostics().stream().filter(d -> d.code().equals("BOM-W003")).findFirst().orElseThrow();
        assertThat(w.position().line()).isEqualTo(2);
        assertThat(w.position().column()).isEqualTo(1);
        Diagnostic bad = bom.diagnostics().stream().filter(d -> d.code().equals("BOM-W004")).findFirst().orElseThrow();
        assertThat(bad.position().line()).isEqualTo(3);
        assertThat(bom.lines()).hasSize(2);
    }

    @Test
    void tabsSemicolonsAndWindows1252AreSniffed() {
        byte[] cp1252 = "Designator\tQty\tValue\nR1\t1\t10 \u00b5F\n".getBytes(Charset.forName("windows-1252"));
        Table t = new TableReader("BOM").readText(cp1252, "bom.txt");
        assertThat(t.format()).isEqualTo("tsv");
        assertThat(t.encoding()).isEqualTo("windows-1252");
        assertThat(new BomReader().read(t).lines().get(0).value()).isEqualTo("10 \u00b5F");
    }

    @Test
    void aUserOverrideReplacesTheAutomaticMapping() {
        Table t = new TableReader("BOM").readText("Ref,Comment,Part\nR1,10k,RC0402\n".getBytes(StandardCharsets.UTF_8), "b.csv");
        Bom auto = new BomReader().read(t);
        assertThat(auto.lines().get(0).value()).isEqualTo("10k");
        Bom fixed = new BomReader().read(t, new ColumnOverride<>(Map.of(BomField.MPN, "part", BomField.VALUE, "#2")));
        assertThat(fixed.lines().get(0).mpn()).isEqualTo("RC0402");
        assertThat(fixed.mapping().confidence()).containsEntry(BomField.MPN, 1.0);
    }

    @Test
    void aFileWithoutAHeaderIsOneClearError() {
        Bom bom = read("hello\nworld\n");
        assertThat(bom.lines()).isEmpty();
        assertThat(bom.diagnostics()).extracting(Diagnostic::code).containsExactly("BOM-E002");
    }

    @Test
    void unquotedStrayQuotesAreADiagnosticNotAnException() {
        Bom bom = read("Designator,Qty,Value\nR1,1,\"10k\" 1%\"\nR2,1,1k\n");
        assertThat(bom.lines()).hasSize(2);
        assertThat(bom.diagnostics()).extracting(Diagnostic::code).contains("BOM-W001");
        assertThat(List.of(bom.lines().get(1).refdes())).isNotEmpty();
    }
}
