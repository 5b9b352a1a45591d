package com.fabwright.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.excellon.DrillFile;
import com.fabwright.excellon.ExcellonReader;
import com.fabwright.excellon.Plating;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import com.fabwright.job.FileKind;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoleTableTest {
    static final LayerIdentity PTH = LayerIdentity.of("drill-pth", LayerFunction.DRILL, Side.NONE, null, 0.99, "test");
    static final LayerIdentity NPTH = LayerIdentity.of("drill-npth", LayerFunction.DRILL, Side.NONE, null, 0.99, "test");

    static DrillFile excellon(String text) {
        return new ExcellonReader().read("t.drl", text.getBytes(StandardCharsets.US_ASCII));
    }

    static JobFile drillFile(String path, LayerIdentity id, DrillFile d) {
        return new JobFile(path, Path.of(path), path, FileKind.EXCELLON, id, null, d, List.of(), 0, 0);
    }

    static JobFile gerberFile(String path, LayerIdentity id, String text) {
        GerberFile g = new GerberReader().read(path, text.getBytes(StandardCharsets.US_ASCII), null);
        return new JobFile(path, Path.of(path), path, FileKind.GERBER, id, g, List.of());
    }

    static final String PTH_DRL = """
            M48
            ; #@! TF.FileFunction,Plated,1,2,PTH
            METRIC
            ; #@! TA.AperFunction,Plated,PTH,ViaDrill
            T1C0.300
            ; #@! TA.AperFunction,Plated,PTH,ComponentDrill
            T2C1.000
            %
            G90
            G05
            T1
            X10.0Y10.0
            X12.0Y10.0
            T2
            X20.0Y10.0
            G00X30.0Y10.0
            M15
            G01X32.0Y10.0
            M16
            G05
            M30
            """;

    @Test
    void rowsPerDiameterAndPlatingWithViasSlotsAndTotals() {
        DrillFile pth = excellon(PTH_DRL);
        DrillFile npth = excellon("M48\nMETRIC\nT1C3.0\n%\nT1\nX5.0Y5.0\nM30\n");
        Board b = Board.of(List.of(drillFile("pth.drl", PTH, pth), drillFile("npth.drl", NPTH, npth)), List.of());
        HoleTable t = b.holeTable();
        assertThat(t.holes()).isEqualTo(4);
        assertThat(t.slots()).isEqualTo(1);
        assertThat(t.total()).isEqualTo(5);
        assertThat(t.platedHoles()).isEqualTo(3);
        assertThat(t.nonPlatedHoles()).isEqualTo(1);
        assertThat(t.platedSlots()).isEqualTo(1);
        assertThat(t.vias()).isEqualTo(2);
        assertThat(t.tools()).extracting(HoleTable.Row::diameterMm).containsExactly(0.3, 1.0, 3.0);
        assertThat(t.tools().get(1)).isEqualTo(new HoleTable.Row(1.0, Plating.PLATED, 1, 1, 0));
        assertThat(t.tools().get(2).plated()).isFalse();
        assertThat(b.diagnostics()).noneMatch(d -> d.code().equals("BRD-W007"));
    }

    @Test
    void aGerberDrillFileWithTheSameHolesIsMarkedDuplicateAndNotCountedTwice() {
        DrillFile pth = excellon(PTH_DRL);
        String gbr = """
                %FSLAX46Y46*%
                %MOMM*%
                %TF.FileFunction,Plated,1,2,PTH*%
                %TA.AperFunction,ViaDrill*%
                %ADD10C,0.3*%
                %TD*%
                %ADD11C,1.0*%
                D10*
                X10000000Y10000000D03*
                X12000000Y10000000D03*
                D11*
                X20000000Y10000000D03*
                X30000000Y10000000D02*
                X32000000Y10000000D01*
                M02*
                """;
        Board b = Board.of(List.of(gerberFile("pth.gbr", PTH, gbr), drillFile("pth.drl", PTH, pth)), List.of());
        assertThat(b.drills()).extracting(DrillLayer::path).containsExactly("pth.drl", "pth.gbr");
        assertThat(b.drills().get(1).duplicateOf()).isEqualTo("pth.drl");
        assertThat(b.drills().get(1).holes()).hasSize(4);
        assertThat(b.drills().get(1).holes().stream().filter(Hole::via).count()).isEqualTo(2);
        assertThat(b.holeTable().total()).isEqualTo(4);
        assertThat(b.diagnostics()).anyMatch(d -> d.code().equals("BRD-W005") && d.file().equals("pth.gbr"));
    }

    @Test
    void holesOfUnknownPlatingAreCountedApartWithAWarning() {
        LayerIdentity drill = LayerIdentity.of("drill", LayerFunction.DRILL, Side.NONE, null, 0.7, "name");
        Board b = Board.of(List.of(drillFile("x.drl", drill, excellon("M48\nMETRIC\nT1C0.8\n%\nT1\nX1.0Y1.0\nX2.0Y1.0\nM30\n"))),
                List.of());
        assertThat(b.holeTable().unknownPlating()).isEqualTo(2);
        assertThat(b.holeTable().tools().get(0).plated()).isNull();
        assertThat(b.diagnostics()).anyMatch(d -> d.code().equals("BRD-W007"));
    }

    @Test
    void withoutAnOutlineLayerTheEdgeComesFromAThinClosedContourInAMechanicalLayer() {
        LayerIdentity top = LayerIdentity.of("top-copper", LayerFunction.COPPER, Side.TOP, 1, 0.99, "t");
        LayerIdentity mech = LayerIdentity.of("mechanical-1", LayerFunction.MECHANICAL, Side.NONE, null, 0.8, "t");
        String copper = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1.0*%\nD10*\nX5000000Y5000000D03*\nX45000000Y25000000D03*\nM02*\n";
        String frame = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.2*%\nD10*\nX0Y0D02*\nX50000000Y0D01*\nX50000000Y30000000D01*\n"
                + "X0Y30000000D01*\nX0Y0D01*\nM02*\n";
        Board b = Board.of(List.of(gerberFile("top.gbr", top, copper), gerberFile("mech.gbr", mech, frame)), List.of());
        assertThat(b.widthMm()).isEqualTo(50.2);
        assertThat(b.outlineClosed()).isTrue();
        assertThat(b.outline().source()).isEqualTo("mech.gbr");
        assertThat(b.outline().evidence()).contains("no outline layer").contains("mechanical");
        assertThat(b.diagnostics()).anyMatch(d -> d.code().equals("BRD-W003"));
        assertThat(b.copper()).hasSize(1);
        assertThat(b.copperLayers()).isEqualTo(1);
    }

    @Test
    void withNoOutlineAnywhereTheSizeIsUnknownAndSaidSo() {
        LayerIdentity top = LayerIdentity.of("top-copper", LayerFunction.COPPER, Side.TOP, 1, 0.99, "t");
        String copper = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1.0*%\nD10*\nX5000000Y5000000D03*\nM02*\n";
        Board b = Board.of(List.of(gerberFile("top.gbr", top, copper)), List.of());
        assertThat(b.widthMm()).isNull();
        assertThat(b.outlineClosed()).isNull();
        assertThat(b.diagnostics()).anyMatch(d -> d.code().equals("BRD-W004"));
    }

    static String frame(double x0, double y0, double x1, double y1, double line) {
        return String.format(java.util.Locale.ROOT, "%%ADD11C,%.3f*%%\nD11*\nX%dY%dD02*\nX%dY%dD01*\nX%dY%dD01*\nX%dY%dD01*\nX%dY%dD01*\n",
                line, nm(x0), nm(y0), nm(x1), nm(y0), nm(x1), nm(y1), nm(x0), nm(y1), nm(x0), nm(y0));
    }

    static long nm(double mm) {
        return Math.round(mm * 1e6);
    }

    @Test
    void aDrawingsFrameIsNotTheBoardButTheSmallestContourAroundTheCopperIs() {
        LayerIdentity top = LayerIdentity.of("top-copper", LayerFunction.COPPER, Side.TOP, 1, 0.99, "t");
        LayerIdentity assy = LayerIdentity.of("top-assembly", LayerFunction.DRAWING, Side.TOP, null, 0.8, "t");
        String copper = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1.0*%\nD10*\nX5000000Y5000000D03*\nX45000000Y25000000D03*\nM02*\n";
        String drawing = "%FSLAX46Y46*%\n%MOMM*%\n" + frame(-100, -100, 300, 200, 0.2) + frame(0, 0, 50, 30, 0.1) + "M02*\n";
        Board b = Board.of(List.of(gerberFile("top.gbr", top, copper), gerberFile("assy.gbr", assy, drawing)), List.of());
        assertThat(b.widthMm()).isCloseTo(50.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(b.outline().evidence()).contains("smallest").contains("drawing layer assy.gbr");
    }

    @Test
    void anOutlineLayerWhoseChainsDoNotSpanTheCopperGivesNoSize() {
        LayerIdentity top = LayerIdentity.of("top-copper", LayerFunction.COPPER, Side.TOP, 1, 0.99, "t");
        LayerIdentity outline = LayerIdentity.of("outline", LayerFunction.OUTLINE, Side.NONE, null, 0.7, "name");
        String copper = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1.0*%\nD10*\nX0Y0D03*\nX90000000Y70000000D03*\nM02*\n";
        String slots = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1.0*%\nD10*\nX10000000Y10000000D02*\nX10000000Y16000000D01*\nM02*\n";
        Board b = Board.of(List.of(gerberFile("top.gbr", top, copper), gerberFile("slots.gbr", outline, slots)), List.of());
        assertThat(b.widthMm()).isNull();
        assertThat(b.outlineClosed()).isFalse();
        assertThat(b.diagnostics()).anyMatch(d -> d.code().equals("BRD-W004") && d.message().contains("not the board edge"));
    }
}
