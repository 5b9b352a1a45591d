package com.fabwright.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Content first, then name: each kind from a typical start of file. */
class FileSnifferTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("x.gbr", "G04 KiCad*\n%FSLAX46Y46*%\n%MOMM*%\n", FileKind.GERBER),
                Arguments.of("x.drd", "%FSLAX24Y24*%\n%ADD10C,0.01*%\n", FileKind.GERBER), // OrCAD outline named .drd
                Arguments.of("x.drd", "M48\nMETRIC,TZ\nT01C0.800\n%\nT01\nX1000Y1000\nM30\n", FileKind.EXCELLON),
                Arguments.of("x.gbr", "%TF.FileFunction,Copper,L1,Top*%\n", FileKind.GERBER),
                Arguments.of("x.txt", ";FILE_FORMAT=2:5\nINCH,LZ\n;TYPE=PLATED\nT1F00S00C0.0300\n", FileKind.EXCELLON),
                Arguments.of("x.drl", "; DRILL file {KiCad}\nM48\n; #@! TF.FileFunction,Plated,1,2,PTH\nMETRIC\nT1C0.3\n%\n", FileKind.EXCELLON),
                Arguments.of("x.rou", "G90\n;LEADER: 12\nT01\nX1Y1\n", FileKind.EXCELLON),
                Arguments.of("x.bin", "D10*\nX100Y100D02*\nX200Y100D01*\nX200Y200D01*\nX100Y200D01*\n", FileKind.GERBER),
                Arguments.of("j.gbrjob", "{\n \"Header\": {\"GenerationSoftware\": {}},\n \"GeneralSpecs\": {}}", FileKind.GBRJOB),
                Arguments.of("j.gbrjob", "G04 Gerber job file.*\n%TF.FileFunction,JobInfo*%\n%MOMM*%\nM02*\n", FileKind.GBRJOB),
                Arguments.of("n.ipc", "C  IPC-D-356 netlist\nP  JOB   board\nP  UNITS CUST 0\n317GND  VIA  D0300PA00X 0012Y 0034\n", FileKind.IPC356),
                Arguments.of("b.xml", "<?xml version=\"1.0\"?>\n<IPC-2581 revision=\"C\">", FileKind.IPC2581),
                Arguments.of("b.csv", "Ref,Val,Package,PosX,PosY,Rot,Side\n\"C1\",\"100n\",\"0603\",1,2,90,top\n", FileKind.CPL),
                Arguments.of("b.pos", "### Footprint positions\n# Ref     Val       Package         PosX       PosY       Rot  Side\n", FileKind.CPL),
                Arguments.of("p.txt", "Altium Designer Pick and Place\n\n\"Designator\" \"Footprint\" \"Mid X\" \"Mid Y\" \"Ref X\" \"Ref Y\" \"Pad X\" \"Pad Y\" \"TB\" \"Rotation\" \"Comment\"\n", FileKind.CPL),
                Arguments.of("b.csv", "\"Id\";\"Designator\";\"Package\";\"Quantity\";\"Designation\"\n", FileKind.BOM),
                Arguments.of("bom.csv", "Reference, Value, Footprint, Qty\nR1, 10k, R_0603, 1\n", FileKind.BOM),
                Arguments.of("d.pdf", "%PDF-1.5\n", FileKind.DRAWING),
                Arguments.of("d.dxf", "  0\nSECTION\n  2\nHEADER\n", FileKind.DRAWING),
                Arguments.of("d.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">", FileKind.DRAWING),
                Arguments.of("README", "This board was made with love.\n", FileKind.OTHER),
                Arguments.of("stats.json", "{\"board\": 1}", FileKind.OTHER),
                Arguments.of("my-bom.csv", "a,b,c\n1,2,3\n", FileKind.BOM));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void sniffsKindFromContentThenName(String name, String content, FileKind expected) {
        FileSniffer.Sniff s = new FileSniffer().sniff(name, content.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(s.kind()).as(s.evidence()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void binaryContentIsNeverGerber(String name, byte[] content, FileKind expected) {
        assertThat(new FileSniffer().sniff(name, content).kind()).isEqualTo(expected);
    }

    static Stream<Arguments> binaries() {
        return Stream.of(Arguments.of("x.gbr", new byte[] {0x1f, (byte) 0x8b, 0, 0, 1, 2, 3}, FileKind.OTHER),
                Arguments.of("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, FileKind.OTHER));
    }
}
