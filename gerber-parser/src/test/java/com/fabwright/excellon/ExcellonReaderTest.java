package com.fabwright.excellon;

import static com.fabwright.excellon.ExcellonText.NM_PER_INCH;
import static com.fabwright.excellon.ExcellonText.NM_PER_MM;
import static com.fabwright.excellon.ExcellonText.codes;
import static com.fabwright.excellon.ExcellonText.hasCode;
import static com.fabwright.excellon.ExcellonText.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.image.Point;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExcellonReaderTest {

    /** header lines, coordinate line, expected x and y in nm. */
    static Stream<Arguments> coordinateFormats() {
        return Stream.of(
                // INCH,LZ: leading zeros KEPT, trailing suppressed: digits read from the left, 2:4
                Arguments.of("INCH,LZ", "X001Y03", NM_PER_INCH / 10, 3 * NM_PER_INCH),
                Arguments.of("INCH,LZ", "X-001000Y030000", -NM_PER_INCH / 10, 3 * NM_PER_INCH),
                // INCH,TZ: trailing zeros kept, leading suppressed: digits read from the right, 2:4
                Arguments.of("INCH,TZ", "X1000Y30000", NM_PER_INCH / 10, 3 * NM_PER_INCH),
                Arguments.of("INCH,TZ", "X5Y-15", 12_700L, -38_100L),
                // METRIC,LZ with default 3:3 and with digits in the header
                Arguments.of("METRIC,LZ", "X0015Y12", 1_500_000L, 120_000_000L),
                Arguments.of("METRIC,TZ", "X1500Y120000", 1_500_000L, 120_000_000L),
                Arguments.of("METRIC,TZ,000.000", "X25679Y9449", 25_679_000L, 9_449_000L),
                Arguments.of("METRIC,0000.00", "X+004398Y+003842", 43_980_000L, 38_420_000L),
                Arguments.of("METRIC,LZ,00.0000", "X12Y-015", 12 * NM_PER_MM, -1_500_000L),
                // decimal coordinates need no digits
                Arguments.of("METRIC", "X148.75Y-109.25", 148_750_000L, -109_250_000L),
                Arguments.of("INCH", "X2.0872Y.6494", 53_014_880L, 16_494_760L),
                Arguments.of("M71,TZ", "X-33.975Y29.575", -33_975_000L, 29_575_000L));
    }

    @ParameterizedTest
    @MethodSource("coordinateFormats")
    void decodesCoordinatesPerUnitsAndZeroSuppression(String units, String xy, long x, long y) {
        DrillFile f = read("M48", units, "T1C0.8", "%", "T1", xy, "M30");
        assertThat(f.hits()).hasSize(1);
        assertThat(f.hits().get(0).at()).isEqualTo(new Point(x, y));
    }

    /** Formats stated in comments, the origin they give and the decoded X of {@code X0125}. */
    static Stream<Arguments> formatStatements() {
        return Stream.of(
                Arguments.of(new String[] {";FILE_FORMAT=2:5", "INCH,LZ"}, FormatOrigin.COMMENT,
                        new ExcellonFormat(true, ZeroSuppression.TRAILING_SUPPRESSED, 2, 5), NM_PER_INCH * 125 / 100),
                Arguments.of(new String[] {"METRIC,LZ", ";FILE_FORMAT=4:4"}, FormatOrigin.COMMENT,
                        new ExcellonFormat(false, ZeroSuppression.TRAILING_SUPPRESSED, 4, 4), 125_000_000L),
                Arguments.of(new String[] {";FORMAT={2:4/ absolute / inch / suppress leading zeros}"}, FormatOrigin.COMMENT,
                        new ExcellonFormat(true, ZeroSuppression.LEADING_SUPPRESSED, 2, 4), NM_PER_INCH / 10_000 * 125),
                Arguments.of(new String[] {";FORMAT={3:3/ absolute / metric / suppress trailing zeros}"}, FormatOrigin.COMMENT,
                        new ExcellonFormat(false, ZeroSuppression.TRAILING_SUPPRESSED, 3, 3), 12_500_000L),
                Arguments.of(new String[] {"; Format  : 3.3 / Absolute / MM / Leading"}, FormatOrigin.COMMENT,
                        new ExcellonFormat(false, ZeroSuppression.LEADING_SUPPRESSED, 3, 3), 125_000L),
                Arguments.of(new String[] {"METRIC,TZ,000.000"}, FormatOrigin.HEADER,
                        new ExcellonFormat(false, ZeroSuppression.LEADING_SUPPRESSED, 3, 3), 125_000L),
                Arguments.of(new String[] {"M72"}, FormatOrigin.DEFAULT_ASSUMED,
                        new ExcellonFormat(true, ZeroSuppression.TRAILING_SUPPRESSED, 2, 4), NM_PER_INCH + NM_PER_INCH / 4));
    }

    @ParameterizedTest
    @MethodSource("formatStatements")
    void takesTheFormatFromHeaderAndComments(String[] header, FormatOrigin origin, ExcellonFormat format, long x) {
        String[] lines = Stream.of(new String[] {"M48"}, header, new String[] {"T1C0.5", "%", "T1", "X0125Y0125", "M30"})
                .flatMap(Stream::of).toArray(String[]::new);
        DrillFile f = read(lines);
        assertThat(f.format()).isEqualTo(format);
        assertThat(f.formatOrigin()).isEqualTo(origin);
        assertThat(f.hits().get(0).at().x()).isEqualTo(x);
    }

    @Test
    void inchLzMeansLeadingZerosKeptSoTrailingAreSuppressed() {
        DrillFile lz = read("M48", "INCH,LZ", "T1C0.01", "%", "T1", "X01Y02", "X015Y0255", "M30");
        DrillFile tz = read("M48", "INCH,TZ", "T1C0.01", "%", "T1", "X10000Y20000", "X15000Y25500", "M30");
        assertThat(lz.format().zeros()).isEqualTo(ZeroSuppression.TRAILING_SUPPRESSED);
        assertThat(tz.format().zeros()).isEqualTo(ZeroSuppression.LEADING_SUPPRESSED);
        assertThat(lz.hits()).extracting(DrillHit::at).isEqualTo(tz.hits().stream().map(DrillHit::at).toList());
        assertThat(lz.hits().get(1).at()).isEqualTo(new Point(NM_PER_INCH * 3 / 2, 64_770_000L));
    }

    @Test
    void guessesZerosFromDigitsWhenTheHeaderIsSilentAndWarns() {
        DrillFile f = read("M48", "M72", "T1C0.02", "%", "T1", "X9250Y4064", "X12100Y5314", "M30");
        assertThat(f.format()).isEqualTo(ExcellonFormat.INCH_DEFAULT);
        assertThat(f.formatOrigin()).isEqualTo(FormatOrigin.DEFAULT_ASSUMED);
        assertThat(codes(f)).contains("DRL-W002", "DRL-W003");
        assertThat(f.hits().get(0).at()).isEqualTo(new Point(23_495_000L, 10_322_560L));
        assertThat(f.evidence().settled()).isFalse();
    }

    @Test
    void guessesUnitsFromToolSizes() {
        DrillFile mm = read("M48", "T1C0.8", "T2C1.0", "%", "T1", "X1.5Y1.5", "M30");
        DrillFile inch = read("M48", "T1C.015", "T2C.035", "%", "T1", "X1.5Y1.5", "M30");
        assertThat(mm.format().inch()).isFalse();
        assertThat(inch.format().inch()).isTrue();
        assertThat(codes(mm)).contains("DRL-W001");
        assertThat(inch.tools().get(0).diameterMm()).isCloseTo(0.381, within(1e-12));
    }

    @Test
    void readsFmatAndDecimalKiCadFiles() {
        DrillFile f = read("M48", "; DRILL file {KiCad 6.0.11}", "; FORMAT={-:-/ absolute / metric / decimal}",
                "; #@! TF.FileFunction,Plated,1,4,PTH", "FMAT,2", "METRIC",
                "; #@! TA.AperFunction,Plated,PTH,ViaDrill", "T1C0.400",
                "; #@! TA.AperFunction,Plated,PTH,ComponentDrill", "T2C1.000", "%", "G90", "G05",
                "T1", "X80.264Y-108.585", "T2", "X1Y2", "T0", "M30");
        assertThat(f.format().zeros()).isEqualTo(ZeroSuppression.NONE_DECIMAL);
        assertThat(f.plating()).isEqualTo(Plating.PLATED);
        assertThat(f.span()).isEqualTo(new LayerSpan(1, 4));
        assertThat(f.fileAttributes().get(".FileFunction")).containsExactly("Plated", "1", "4", "PTH");
        assertThat(f.tools()).extracting(DrillTool::number, DrillTool::diameterMm, DrillTool::plated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0.4, Plating.PLATED),
                        org.assertj.core.groups.Tuple.tuple(2, 1.0, Plating.PLATED));
        assertThat(f.tools().get(0).attributes().get(".AperFunction")).containsExactly("Plated", "PTH", "ViaDrill");
        assertThat(f.hits().get(1).at()).isEqualTo(new Point(NM_PER_MM, 2 * NM_PER_MM));
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void nonPlatedFileFunctionMakesToolsNonPlated() {
        DrillFile f = read("M48", "; #@! TF.FileFunction,NonPlated,1,2,NPTH", "FMAT,2", "METRIC",
                "; #@! TA.AperFunction,NonPlated,NPTH,ComponentDrill", "T1C3.2", "T2C1.0", "%", "T1", "X1.0Y1.0",
                "T2", "X2.0Y2.0", "M30");
        assertThat(f.plating()).isEqualTo(Plating.NON_PLATED);
        assertThat(f.tools()).extracting(DrillTool::plated).containsOnly(Plating.NON_PLATED);
    }

    @Test
    void altiumTypeCommentsGiveMixedPlating() {
        DrillFile f = read("M48", ";FILE_FORMAT=2:4", "INCH,LZ", ";TYPE=PLATED", "T1F00S00C0.0120", ";TYPE=NON_PLATED",
                "T2F00S00C0.1250", "%", "T01", "X010000Y010000", "T02", "X020000Y020000", "M30");
        assertThat(f.tools()).extracting(DrillTool::plated).containsExactly(Plating.PLATED, Plating.NON_PLATED);
        assertThat(f.plating()).isEqualTo(Plating.MIXED);
        assertThat(f.tools().get(1).diameterMm()).isCloseTo(3.175, within(1e-12));
    }

    @Test
    void olderAltiumPlatingCommentsAtToolSelectionsApplyToTheSelectedTool() {
        DrillFile f = read("M48", ";FILE_FORMAT=2:2", "INCH,TZ", "T01C0.010", "%", ";TYPE=PLATED", "T01", "X+1000Y+0000", "T00", "M30");
        assertThat(f.tools().get(0).plated()).isEqualTo(Plating.PLATED);
        assertThat(f.hits().get(0).at()).isEqualTo(new Point(10 * NM_PER_INCH, 0));
    }

    @Test
    void allegroToolCommentsDefineToolsWithoutAHeader() {
        DrillFile f = read(";T01 Holesize 1. = 12.000000 Tolerance = +0.000000/-0.000000 PLATED MILS Quantity = 2",
                ";T02 Holesize 2. = 125.000000 Tolerance = +0.000000/-0.000000 NON_PLATED MILS Quantity = 1",
                "%", "G90", "T01", "X004450Y000200", "X009874Y002026", "T02", "X000000Y000000", "M30");
        assertThat(f.tools()).extracting(DrillTool::plated).containsExactly(Plating.PLATED, Plating.NON_PLATED);
        assertThat(f.tools().get(0).diameterMm()).isCloseTo(0.3048, within(1e-12));
        assertThat(f.holeCount()).isEqualTo(3);
        assertThat(codes(f)).doesNotContain("DRL-W004", "DRL-E005");
    }

    @Test
    void readsAllegroNcParamBesideTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("nc_param.txt"), "INTEGER-PLACES         2\nDECIMAL-PLACES         4\n"
                + "COORDINATES            ABSOLUTE\nOUTPUT-UNITS           METRIC\nSUPPRESS-LEAD-ZEROES   YES\n"
                + "SUPPRESS-TRAIL-ZEROES  NO\n");
        java.nio.file.Path drl = dir.resolve("ncdrill-1-2.drl");
        java.nio.file.Files.writeString(drl, "%\nG90\nT01\nX4450Y200\nM30\n");
        DrillFile f = new ExcellonReader().read(drl);
        assertThat(f.formatOrigin()).isEqualTo(FormatOrigin.NC_PARAM);
        assertThat(f.format()).isEqualTo(new ExcellonFormat(false, ZeroSuppression.LEADING_SUPPRESSED, 2, 4));
        assertThat(f.hits().get(0).at()).isEqualTo(new Point(445_000L, 20_000L));
        assertThat(hasCode(f, "DRL-W004")).isTrue();
    }

    @Test
    void ncParamFormatLineAndBothSuppressionsOffMeanFullWidth() {
        NcParameters p = NcParameters.parse(" FORMAT   \t2.4\n OUTPUT-UNITS\tENGLISH\n SUPPRESS-LEAD-ZEROES\tNO\n SUPPRESS-TRAIL-ZEROES\tNO\n");
        assertThat(p).isEqualTo(new NcParameters(true, ZeroSuppression.TRAILING_SUPPRESSED, 2, 4, null));
        assertThat(NcParameters.parse("SUPPRESS-TRAIL-ZEROES YES\n").zeros()).isEqualTo(ZeroSuppression.TRAILING_SUPPRESSED);
    }

    @Test
    void toolTablesInTheBodyDefineAndSelect() {
        DrillFile f = read("%", "T1C0.028F200S100", "X002250Y002300", "T2C0.034F200S100", "X010000Y002200", "M30");
        assertThat(f.tools()).extracting(DrillTool::number).containsExactly(1, 2);
        assertThat(f.hits()).extracting(h -> h.tool().number()).containsExactly(1, 2);
        assertThat(f.tools().get(0).diameterMm()).isCloseTo(0.7112, within(1e-12));
    }

    @Test
    void headerToolParametersFeedSpeedAreIgnored() {
        DrillFile f = read("M48", "METRIC,TZ", "T3F00S00C0.8000B1H2Z-0.1", "%", "T3", "X1000Y1000", "M30");
        assertThat(f.tools().get(0).diameterMm()).isEqualTo(0.8);
        assertThat(f.diagnostics()).extracting(Diagnostic::code).doesNotContain("DRL-W007", "DRL-E004");
    }

    @Test
    void toolWithoutAnyTableIsAWarningButOutsideTheTableAnError() {
        DrillFile noTable = read("M48", "METRIC,TZ,000.000", "%", "T1", "X1000Y1000", "M30");
        assertThat(codes(noTable)).contains("DRL-W004").doesNotContain("DRL-E005");
        DrillFile outside = read("M48", "METRIC,TZ,000.000", "T1C0.5", "%", "T99", "X1000Y1000", "M30");
        Diagnostic e = outside.diagnostics().stream().filter(d -> d.code().equals("DRL-E005")).findFirst().orElseThrow();
        assertThat(e.severity()).isEqualTo(Severity.ERROR);
        assertThat(e.position().line()).isEqualTo(5);
        assertThat(outside.hits()).hasSize(1);
        assertThat(outside.hits().get(0).tool().isDefined()).isFalse();
    }

    @Test
    void coordinatesAreModal() {
        DrillFile f = read("M48", "METRIC,TZ,000.000", "T1C0.5", "%", "T1", "X1000Y2000", "Y3000", "X4000", "M30");
        assertThat(f.hits()).extracting(DrillHit::at).containsExactly(new Point(1_000_000, 2_000_000),
                new Point(1_000_000, 3_000_000), new Point(4_000_000, 3_000_000));
    }

    @Test
    void incrementalModeAndZeroSet() {
        DrillFile f = read("M48", "METRIC,TZ,000.000", "T1C0.5", "%", "G93X1000Y1000", "T1", "X1000Y1000", "G91",
                "X500", "Y-500", "G90", "X0Y0", "M30");
        assertThat(f.hits()).extracting(DrillHit::at).containsExactly(new Point(2_000_000, 2_000_000),
                new Point(2_500_000, 2_000_000), new Point(2_500_000, 1_500_000), new Point(1_000_000, 1_000_000));
    }

    @Test
    void iciOnInTheHeaderMeansIncremental() {
        DrillFile f = read("M48", "METRIC,TZ,000.000", "ICI,ON", "T1C0.5", "%", "T1", "X1000", "X1000", "M30");
        assertThat(f.hits()).extracting(DrillHit::at).containsExactly(new Point(1_000_000, 0), new Point(2_000_000, 0));
    }

    @Test
    void repeatCodesStepFromTheLastHit() {
        DrillFile f = read("M48", "INCH,TZ", "T01C0.050", "%", "T01", "X10000Y10000", "R5X1000", "X30000Y10000",
                "R2X-1000Y-1500", "M30");
        assertThat(f.hits()).hasSize(1 + 5 + 1 + 2);
        assertThat(f.hits().get(5).at()).isEqualTo(new Point(NM_PER_INCH * 15 / 10, NM_PER_INCH));
        assertThat(f.hits().get(8).at()).isEqualTo(new Point(NM_PER_INCH * 28 / 10, NM_PER_INCH * 7 / 10));
    }

    @Test
    void g85DrillsASlotBetweenTwoPoints() {
        DrillFile f = read("M48", "INCH", "T4C0.05", "G05", "T4", "X2.0872Y0.6494G85X2.1463Y0.6494", "X1Y1", "M30");
        assertThat(f.slots()).hasSize(1);
        DrillSlot s = f.slots().get(0);
        assertThat(s.from()).isEqualTo(new Point(53_014_880, 16_494_760));
        assertThat(s.to()).isEqualTo(new Point(54_516_020, 16_494_760));
        assertThat(s.isArc()).isFalse();
        assertThat(f.hits()).hasSize(1);
        assertThat(f.holeCount()).isEqualTo(2);
    }

    @Test
    void routedSlotsWithToolDownAndUpAreOnePathEach() {
        DrillFile f = read("M48", "METRIC", "T1C1.5", "%", "G90", "G05", "T1", "G00X148.75Y-109.25", "M15",
                "G01X151.25Y-109.25", "M16", "G00X1.0Y1.0", "M15", "G01X2.0Y1.0", "G01X2.0Y2.0", "M16", "X5.0Y5.0", "G05", "X6Y6", "T0", "M30");
        assertThat(f.slots()).hasSize(3);
        assertThat(f.slotCount()).isEqualTo(2);
        assertThat(f.slots().get(0).from()).isEqualTo(new Point(148_750_000, -109_250_000));
        assertThat(f.slots().get(0).to()).isEqualTo(new Point(151_250_000, -109_250_000));
        assertThat(f.hits()).extracting(DrillHit::at).containsExactly(new Point(6_000_000, 6_000_000));
        assertThat(f.holeCount()).isEqualTo(3);
        assertThat(f.holeCountByTool()).containsEntry(1, 3);
    }

    @Test
    void routesWithoutToolDownCutOnEveryInterpolation() {
        DrillFile f = read("M48", "INCH,TZ", "T1C0.25", "%", "G90", "T1", "G00X0Y0", "G02X2500Y2500A2500",
                "G03X5000Y5000A2500", "G00X7500Y0", "G02X10000Y2500I2500J0", "G03X12500Y5000I0J2500", "M30");
        assertThat(f.slots()).hasSize(4);
        assertThat(f.slotCount()).isEqualTo(2);
        long q = NM_PER_INCH / 4;
        assertThat(f.slots().get(0).center()).isEqualTo(new Point(q, 0));
        assertThat(f.slots().get(0).clockwise()).isTrue();
        assertThat(f.slots().get(1).center()).isEqualTo(new Point(q, 2 * q));
        assertThat(f.slots().get(1).clockwise()).isFalse();
        assertThat(f.slots().get(2).center()).isEqualTo(new Point(4 * q, 0));
        assertThat(f.slots().get(3).center()).isEqualTo(new Point(4 * q, 2 * q));
    }

    @Test
    void unitSwitchesInTheBody() {
        DrillFile f = read("M48", "T01C.5000", "%", "M71", "T01", "X126467Y128118", "X1397", "Y096266", "M30");
        assertThat(f.format().inch()).isFalse();
        assertThat(f.format().zeros()).isEqualTo(ZeroSuppression.TRAILING_SUPPRESSED);
        assertThat(f.hits().get(0).at()).isEqualTo(new Point(126_467_000, 128_118_000));
        assertThat(f.hits().get(1).at()).isEqualTo(new Point(139_700_000, 128_118_000));
        assertThat(f.tools().get(0).diameterMm()).isEqualTo(0.5);
        DrillFile sw = read("M48", "METRIC,TZ,000.000", "T1C0.5", "%", "T1", "X1000Y1000", "M72", "X1.0Y1.0", "M71", "X2.0Y2.0", "M30");
        assertThat(sw.hits()).extracting(DrillHit::at).containsExactly(new Point(NM_PER_MM, NM_PER_MM),
                new Point(NM_PER_INCH, NM_PER_INCH), new Point(2 * NM_PER_MM, 2 * NM_PER_MM));
    }

    @Test
    void forcedFormatOverridesTheFile() {
        byte[] content = ExcellonText.bytes("M48", "INCH,TZ", "T1C0.01", "%", "T1", "X0125Y0125", "M30");
        ExcellonFormat forced = new ExcellonFormat(false, ZeroSuppression.TRAILING_SUPPRESSED, 3, 3);
        DrillFile f = new ExcellonReader().read("x.drl", content, forced);
        assertThat(f.formatOrigin()).isEqualTo(FormatOrigin.FORCED);
        assertThat(f.format()).isEqualTo(forced);
        assertThat(f.hits().get(0).at()).isEqualTo(new Point(12_500_000, 12_500_000));
        assertThat(f.tools().get(0).diameterMm()).isEqualTo(0.01);
    }

    @Test
    void commentsSpacesCrlfAndPercentBeforeHeaderAreFine() {
        byte[] content = "; a comment\r\n%\r\nM48\r\nINCH,LZ\r\nT13C0.05\r\n%\r\nT13\r\nX-001000 Y030000\r\n(routing comment)\r\nX001 Y03\r\nM30\r\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        DrillFile f = new ExcellonReader().read("spaces.exc", content);
        assertThat(f.hits()).extracting(DrillHit::at).containsExactly(new Point(-NM_PER_INCH / 10, 3 * NM_PER_INCH),
                new Point(NM_PER_INCH / 10, 3 * NM_PER_INCH));
        assertThat(f.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    }

    @Test
    void endOfProgramOnACoordinateLineAndContentAfterIt() {
        DrillFile f = read("M48", "INCH,LZ", "T13C0.05", "%", "T13", "X001Y03M30", "X002Y03");
        assertThat(f.hits()).hasSize(1);
        assertThat(codes(f)).contains("DRL-W006");
    }

    @Test
    void missingEndWarnsOfTruncation() {
        DrillFile f = read("M48", "METRIC", "T1C0.5", "%", "T1", "X1.0Y1.0");
        assertThat(codes(f)).contains("DRL-W005");
    }

    @Test
    void badCoordinatesAreErrorsWithPlaceAndReadingGoesOn() {
        DrillFile f = read("M48", "METRIC", "T1C0.5", "%", "T1", "X1.0.0Y1", "X2.0Y2.0", "M30");
        Diagnostic e = f.diagnostics().stream().filter(d -> d.code().equals("DRL-E007")).findFirst().orElseThrow();
        assertThat(e.position().line()).isEqualTo(6);
        assertThat(e.file()).isEqualTo("test.drl");
        assertThat(f.hits()).hasSize(1);
    }

    @Test
    void unknownCommandsAreWarnings() {
        DrillFile f = read("M48", "METRIC", "T1C0.5", "%", "T1", "Q123", "M97,TEXT", "X1.0Y1.0", "M30");
        assertThat(codes(f)).containsOnly("DRL-W007");
        assertThat(f.hits()).hasSize(1);
    }

    @Test
    void binaryAndNonExcellonContentAreRefusedWithOneError() {
        DrillFile bin = new ExcellonReader().read("x.drl", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0});
        assertThat(codes(bin)).containsExactly("DRL-E003");
        DrillFile text = read("Dear customer,", "please find attached");
        assertThat(codes(text)).contains("DRL-E003");
        assertThat(text.hits()).isEmpty();
    }

    @Test
    void missingFileIsAnError() {
        DrillFile f = new ExcellonReader().read(java.nio.file.Path.of("/nonexistent/dir/x.drl"));
        assertThat(codes(f)).containsExactly("DRL-E002");
        assertThat(f.name()).isEqualTo("x.drl");
    }

    @Test
    void toImageGivesCircleFlashesAndDraws() {
        DrillFile f = read("M48", "METRIC", "T1C0.8", "T2C1.5", "%", "T1", "X1.0Y1.0", "T2", "G00X0Y0", "M15",
                "G01X2.0Y0", "G02X4.0Y0A1.0", "M16", "M30");
        var image = f.toImage();
        assertThat(image.objects()).hasSize(3);
        assertThat(image.objects().get(0)).isInstanceOfSatisfying(com.fabwright.image.GraphicObject.Flash.class,
                fl -> assertThat(((com.fabwright.image.Aperture.Circle) fl.aperture()).diameter()).isEqualTo(0.8));
        assertThat(image.objects().get(1)).isInstanceOf(com.fabwright.image.GraphicObject.Draw.class);
        assertThat(image.objects().get(2)).isInstanceOfSatisfying(com.fabwright.image.GraphicObject.ArcDraw.class,
                a -> assertThat(a.center()).isEqualTo(new Point(3_000_000, 0)));
        assertThat(image.inchUnits()).isFalse();
    }
}
