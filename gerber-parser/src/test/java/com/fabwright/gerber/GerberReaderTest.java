package com.fabwright.gerber;

import static com.fabwright.gerber.GerberText.hasCode;
import static com.fabwright.gerber.GerberText.mm;
import static com.fabwright.gerber.GerberText.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.image.Aperture;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.MacroPrimitive;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GerberReaderTest {

    static Stream<Arguments> coordinateFormats() {
        return Stream.of(
                Arguments.of("%FSLAX46Y46*%%MOMM*%", "X1500000Y-2000000", 1_500_000L, -2_000_000L),
                Arguments.of("%FSLAX24Y24*%%MOIN*%", "X10000Y5", 25_400_000L, 12_700L),
                Arguments.of("%FSLAX23Y23*%%MOIN*%", "X1000Y-500", 25_400_000L, -12_700_000L),
                Arguments.of("%FSTAX24Y24*%%MOIN*%", "X1Y15", 254_000_000L, 381_000_000L),
                Arguments.of("%FSLAX36Y36*%%MOMM*%", "X1.5Y2", 1_500_000L, 2L),
                Arguments.of("G71*%FSLAX33Y33*%", "X12345Y1", 12_345_000L, 1_000L),
                Arguments.of("%MOIN*%%FSLAX26Y26*%", "X1Y1", 25L, 25L));
    }

    @ParameterizedTest
    @MethodSource("coordinateFormats")
    void convertsCoordinatesToNanometresPerFormatAndUnit(String header, String xy, long x, long y) {
        GerberFile f = read(header + "%ADD10C,0.1*%D10*" + xy + "D03*M02*");
        GraphicObject.Flash flash = (GraphicObject.Flash) f.image().objects().get(0);
        assertThat(flash.at()).isEqualTo(new Point(x, y));
    }

    @Test
    void readsStandardAperturesInMillimetres() {
        GerberFile f = read("%FSLAX24Y24*%%MOIN*%%ADD10C,0.01X0.005*%%ADD11R,0.02X0.03*%%ADD12O,0.04X0.02*%"
                + "%ADD13P,0.1X6X15*%D10*X0Y0D03*D11*D03*D12*D03*D13*D03*M02*");
        List<Aperture> aps = f.image().objects().stream().map(o -> ((GraphicObject.Flash) o).aperture()).toList();
        assertThat(aps.get(0)).isInstanceOf(Aperture.Circle.class);
        Aperture.Circle c = (Aperture.Circle) aps.get(0);
        assertThat(c.diameter()).isCloseTo(0.254, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.hole().width()).isCloseTo(0.127, org.assertj.core.data.Offset.offset(1e-12));
        Aperture.Rectangle r = (Aperture.Rectangle) aps.get(1);
        assertThat(r.width()).isCloseTo(0.508, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.height()).isCloseTo(0.762, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(aps.get(2)).isInstanceOf(Aperture.Obround.class);
        Aperture.Polygon p = (Aperture.Polygon) aps.get(3);
        assertThat(p.vertices()).isEqualTo(6);
        assertThat(p.rotationDeg()).isEqualTo(15.0);
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void evaluatesMacroVariablesArithmeticAndAllPrimitives() {
        GerberFile f = mm("""
                %AMALL*
                0 comment*
                $3=$1x2*
                1,1,$3,0,0*
                20,1,0.1,0,0,1,0,30*
                21,0,0.5,0.25,(1+1)/2,-$2,45*
                22,1,1,1,0,0,0*
                4,1,3,0,0,1,0,1,1,0,0,10*
                5,1,6,0,0,2,0*
                6,0,0,5,0.5,0.5,2,0.1,6,0*
                7,0,0,0.8,0.5,0.1,45*
                2,1,0.1,0,0,1,1,0*
                %
                %ADD10ALL,0.25X0.5*%
                D10*X0Y0D03*""");
        Aperture.Macro m = (Aperture.Macro) ((GraphicObject.Flash) f.image().objects().get(0)).aperture();
        assertThat(m.primitives()).hasSize(9);
        assertThat(m.primitives().get(0)).isEqualTo(new MacroPrimitive.Circle(true, 0.5, 0, 0, 0));
        MacroPrimitive.CenterLine cl = (MacroPrimitive.CenterLine) m.primitives().get(2);
        assertThat(cl.exposure()).isFalse();
        assertThat(cl.centerX()).isEqualTo(1.0);
        assertThat(cl.centerY()).isEqualTo(-0.5);
        assertThat(cl.rotationDeg()).isEqualTo(45);
        MacroPrimitive.CenterLine ll = (MacroPrimitive.CenterLine) m.primitives().get(3);
        assertThat(ll.centerX()).isEqualTo(0.5);
        assertThat(ll.centerY()).isEqualTo(0.5);
        assertThat(((MacroPrimitive.Outline) m.primitives().get(4)).points()).hasSize(4);
        assertThat(((MacroPrimitive.Outline) m.primitives().get(4)).rotationDeg()).isEqualTo(10);
        assertThat(m.primitives().get(6)).isInstanceOf(MacroPrimitive.Moire.class);
        assertThat(m.primitives().get(7)).isEqualTo(new MacroPrimitive.Thermal(0, 0, 0.8, 0.5, 0.1, 45));
        assertThat(m.primitives().get(8)).isInstanceOf(MacroPrimitive.VectorLine.class);
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void macroValuesInInchFilesAreConvertedButAnglesAndCountsAreNot() {
        GerberFile f = read("%FSLAX24Y24*%%MOIN*%%AMOC8*5,1,8,0,0,1.0X$1,22.5*%%ADD10OC8,0.1*%D10*X0Y0D03*M02*");
        Aperture.Macro m = (Aperture.Macro) ((GraphicObject.Flash) f.image().objects().get(0)).aperture();
        MacroPrimitive.Polygon p = (MacroPrimitive.Polygon) m.primitives().get(0);
        assertThat(p.vertices()).isEqualTo(8);
        assertThat(p.diameter()).isCloseTo(2.54, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.rotationDeg()).isEqualTo(22.5);
    }

    @Test
    void multiQuadrantArcUsesSignedOffsets() {
        GerberFile f = mm("%ADD10C,0.1*%D10*G75*X1000000Y0D02*G03X0Y1000000I-1000000J0D01*");
        GraphicObject.ArcDraw a = (GraphicObject.ArcDraw) f.image().objects().get(0);
        assertThat(a.center()).isEqualTo(new Point(0, 0));
        assertThat(a.clockwise()).isFalse();
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void singleQuadrantArcPicksTheCentreGivingAQuarterTurn() {
        GerberFile f = mm("%ADD10C,0.1*%D10*G74*X1000000Y0D02*G02X0Y-1000000I1000000J0D01*");
        GraphicObject.ArcDraw a = (GraphicObject.ArcDraw) f.image().objects().get(0);
        assertThat(a.center()).isEqualTo(new Point(0, 0));
        assertThat(a.clockwise()).isTrue();
    }

    @Test
    void fullCircleInMultiQuadrantModeIsKept() {
        GerberFile f = mm("%ADD10C,0.1*%D10*G75*G02*X1000000Y0D02*X1000000Y0I-1000000J0D01*");
        GraphicObject.ArcDraw a = (GraphicObject.ArcDraw) f.image().objects().get(0);
        assertThat(a.from()).isEqualTo(a.to());
        assertThat(a.center()).isEqualTo(new Point(0, 0));
    }

    @Test
    void arcRadiusMismatchKeepsTheWrittenCentreWithAWarning() {
        GerberFile f = mm("%ADD10C,0.1*%D10*G75*X1000000Y0D02*G03X0Y1010000I-1000000J0D01*");
        GraphicObject.ArcDraw a = (GraphicObject.ArcDraw) f.image().objects().get(0);
        assertThat(a.center()).isEqualTo(new Point(0, 0));
        assertThat(a.to()).isEqualTo(new Point(0, 1_010_000));
        assertThat(hasCode(f, "GBR-W003")).isTrue();
    }

    @Test
    void arcWithZeroOffsetsIsDrawnAsAStraightSegment() {
        GerberFile f = mm("G36*G75*G03*X0Y0D02*X1000000Y0D01*X1000000Y1000000D01*X0Y0D01*G37*"
                + "%ADD10C,0.1*%D10*X0Y0D02*X5000000Y0D01*");
        GraphicObject.Region r = (GraphicObject.Region) f.image().objects().get(0);
        assertThat(r.contours().get(0).segments()).allMatch(seg -> seg instanceof Contour.Line);
        assertThat(f.image().objects().get(1)).isInstanceOf(GraphicObject.Draw.class);
        assertThat(hasCode(f, "GBR-W006")).isTrue();
    }

    @Test
    void fileWithoutUnitsReadsCoordinatesInInchesEvenWhenFormatCameFirst() {
        GerberFile f = read("%FSLAX13Y13*%%ADD10C,0.004*%D10*X3607Y1624D03*M02*");
        assertThat(((GraphicObject.Flash) f.image().objects().get(0)).at()).isEqualTo(new Point(91_617_800, 41_249_600));
        assertThat(hasCode(f, "GBR-W002")).isTrue();
    }

    @Test
    void rectangleWithOnlyAWidthIsASquareWithAWarning() {
        GerberFile f = mm("%ADD74R,0.5*%D74*X0Y0D03*");
        Aperture.Rectangle r = (Aperture.Rectangle) ((GraphicObject.Flash) f.image().objects().get(0)).aperture();
        assertThat(r.height()).isEqualTo(r.width());
        assertThat(hasCode(f, "GBR-W013")).isTrue();
    }

    @Test
    void nulPaddingAfterTheEndIsNotContent() {
        byte[] text = "%FSLAX46Y46*%%MOMM*%%ADD10C,0.1*%D10*X0Y0D03*M02*".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] padded = java.util.Arrays.copyOf(text, text.length + 5000);
        GerberFile f = new GerberReader().read("padded.gbr", padded, null);
        assertThat(f.hasErrors()).isFalse();
        assertThat(f.image().objects()).hasSize(1);
    }

    @Test
    void regionsBecomeOneObjectPerContourWithArcs() {
        GerberFile f = mm("""
                G36*G01*X0Y0D02*X1000000Y0D01*G75*G03X1000000Y2000000I0J1000000D01*G01X0Y2000000D01*X0Y0D01*
                X5000000Y5000000D02*X6000000Y5000000D01*X6000000Y6000000D01*X5000000Y5000000D01*G37*""");
        assertThat(f.image().objects()).hasSize(2);
        GraphicObject.Region r = (GraphicObject.Region) f.image().objects().get(0);
        assertThat(r.contours().get(0).segments()).hasSize(4);
        assertThat(r.contours().get(0).segments().get(1)).isInstanceOf(Contour.Arc.class);
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void openRegionContourIsClosedWithAWarning() {
        GerberFile f = mm("G36*G01*X0Y0D02*X1000000Y0D01*X1000000Y1000000D01*G37*");
        GraphicObject.Region r = (GraphicObject.Region) f.image().objects().get(0);
        assertThat(r.contours().get(0).segments()).hasSize(3);
        assertThat(hasCode(f, "GBR-W004")).isTrue();
    }

    @Test
    void loadPolarityAndTransformsApplyToFollowingObjects() {
        GerberFile f = mm("%ADD10R,1X2*%D10*X0Y0D03*%LPC*%%LMXY*%%LR90*%%LS0.5*%X0Y0D03*");
        GraphicObject.Flash dark = (GraphicObject.Flash) f.image().objects().get(0);
        GraphicObject.Flash clear = (GraphicObject.Flash) f.image().objects().get(1);
        assertThat(dark.polarity()).isEqualTo(Polarity.DARK);
        assertThat(clear.polarity()).isEqualTo(Polarity.CLEAR);
        assertThat(clear.transform().mirrorX()).isTrue();
        assertThat(clear.transform().rotationDeg()).isEqualTo(90);
        assertThat(clear.transform().scale()).isEqualTo(0.5);
    }

    @Test
    void stepAndRepeatCopiesTheBlockOnAGrid() {
        GerberFile f = mm("%ADD10C,0.1*%D10*%SRX3Y2I2.0J5.0*%X0Y0D03*X1000000Y0D03*%SR*%");
        assertThat(f.image().objects()).hasSize(12);
        GraphicObject.Flash last = (GraphicObject.Flash) f.image().objects().get(11);
        assertThat(last.at()).isEqualTo(new Point(5_000_000, 5_000_000));
    }

    @Test
    void nestedBlockAperturesExpandWithTransformAndPolarityToggle() {
        GerberFile f = mm("""
                %ADD10C,0.1*%
                %ABD20*%
                %ABD21*%D10*X1000000Y0D03*%AB*%
                D21*X0Y0D03*%LPC*%X0Y0D03*%LPD*%
                %AB*%
                %LR90*%%LPC*%D20*X5000000Y0D03*""");
        List<GraphicObject> objs = f.image().objects();
        assertThat(objs).hasSize(2);
        GraphicObject.Flash a = (GraphicObject.Flash) objs.get(0);
        GraphicObject.Flash b = (GraphicObject.Flash) objs.get(1);
        assertThat(a.at()).isEqualTo(new Point(5_000_000, 1_000_000));
        assertThat(a.polarity()).isEqualTo(Polarity.CLEAR);
        assertThat(b.polarity()).isEqualTo(Polarity.DARK);
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void attributesAttachToObjectsAndFile() {
        GerberFile f = mm("""
                %TF.FileFunction,Copper,L1,Top*%
                %TA.AperFunction,SMDPad,CuDef*%%ADD10C,0.1*%%TD.AperFunction*%%ADD11C,0.2*%
                %TO.N,GND*%%TO.C,R1*%%TO.P,R1,1*%D10*X0Y0D03*%TD*%D11*X0Y0D03*""");
        assertThat(f.image().fileAttributes().get(".FileFunction")).containsExactly("Copper", "L1", "Top");
        GraphicObject first = f.image().objects().get(0);
        assertThat(first.attributes().first(".N")).isEqualTo("GND");
        assertThat(first.attributes().get(".P")).containsExactly("R1", "1");
        assertThat(first.attributes().first(".AperFunction")).isEqualTo("SMDPad");
        assertThat(f.image().objects().get(1).attributes().isEmpty()).isTrue();
    }

    @Test
    void eagleCommentsWithPercentSignsDoNotOpenExtendedCommands() {
        GerberFile f = read("G04 #@! %TF.FileFunction,Profile,NP*\n%FSLAX46Y46*%%MOMM*%%ADD10C,0.1*%D10*X0Y0D03*M02*");
        assertThat(f.image().objects()).hasSize(1);
        assertThat(f.hasErrors()).isFalse();
    }

    @Test
    void deprecatedCommandsAreAcceptedWithWarnings() {
        GerberFile f = read("G70*G90*%FSLAX23Y23*%%IPPOS*%%INname*%%LNlayer*%%ASAXBY*%%MIA0B0*%%OFA0B0*%%SFA1B1*%%IR0*%"
                + "%ADD10C,0.01*%G54D10*X1000Y0D02*G01X2000Y0D01*M00*");
        assertThat(f.image().objects()).hasSize(1);
        assertThat(f.hasErrors()).isFalse();
    }

    @Test
    void coordinatesWithoutDCodeRepeatThePreviousOperationWithAWarning() {
        GerberFile f = mm("%ADD10C,0.1*%D10*G01*X0Y0D02*X1000000Y0D01*X2000000Y0*");
        assertThat(f.image().objects()).hasSize(2);
        assertThat(hasCode(f, "GBR-W009")).isTrue();
    }

    @Test
    void missingUnitsAndFormatAreAssumedWithWarnings() {
        GerberFile f = read("%ADD10C,0.01*%D10*X10000Y0D03*M02*");
        assertThat(hasCode(f, "GBR-W001")).isTrue();
        assertThat(hasCode(f, "GBR-W002")).isTrue();
        assertThat(((GraphicObject.Flash) f.image().objects().get(0)).at().x()).isEqualTo(25_400_000L);
    }

    @Test
    void zeroLengthDrawIsKeptAndReported() {
        GerberFile f = mm("%ADD10C,0.1*%D10*G01*X0Y0D02*X0Y0D01*");
        assertThat(f.image().objects()).hasSize(1);
        assertThat(hasCode(f, "GBR-W005")).isTrue();
    }

    @Test
    void undefinedApertureIsAnErrorWithItsLine() {
        GerberFile f = read("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD99*\nX0Y0D03*\nM02*\n");
        Diagnostic d = f.diagnostics().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertThat(d.code()).isEqualTo("GBR-E005");
        assertThat(d.position().line()).isEqualTo(4);
        assertThat(d.format()).startsWith("test.gbr:4:1: error GBR-E005");
    }

    @Test
    void rs274dWithoutApertureTableIsRejectedNamingWhatIsMissing() {
        GerberFile f = read("G90*G70*D10*X1000Y1000D02*X2000Y1000D01*M02*");
        assertThat(f.image().objects()).isEmpty();
        Diagnostic d = f.diagnostics().stream().filter(x -> x.code().equals("GBR-E007")).findFirst().orElseThrow();
        assertThat(d.message()).contains("RS-274D").contains("aperture");
    }

    @Test
    void truncatedFileGivesAnErrorWithThePlaceAndKeepsWhatWasRead() {
        GerberFile f = read("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX0Y0D03*\nX100000Y1");
        assertThat(f.image().objects()).hasSize(1);
        Diagnostic d = f.diagnostics().stream().filter(x -> x.code().equals("GBR-E006")).findFirst().orElseThrow();
        assertThat(d.position().line()).isEqualTo(6);
    }

    @Test
    void truncatedInsideExtendedCommandIsAnError() {
        GerberFile f = read("%FSLAX46Y46*%\n%MOMM*%\n%AMX*1,1,0.5,0,0*\n");
        assertThat(hasCode(f, "GBR-E006")).isTrue();
    }

    @Test
    void binaryJunkIsRejectedAtLineOne() {
        byte[] junk = new byte[2000];
        new java.util.Random(7).nextBytes(junk);
        GerberFile f = new GerberReader().read("junk.gbr", junk, null);
        assertThat(f.hasErrors()).isTrue();
        assertThat(f.diagnostics().get(0).code()).isEqualTo("GBR-E003");
        assertThat(f.diagnostics().get(0).position().line()).isEqualTo(1);
    }

    @Test
    void unknownCommandsAreErrorsButReadingContinues() {
        GerberFile f = mm("%ADD10C,0.1*%%ZZ12*%D10*X0Y0D03*Q7*X1000000Y0D03*");
        assertThat(f.image().objects()).hasSize(2);
        assertThat(f.diagnostics().stream().filter(d -> d.code().equals("GBR-E004")).count()).isEqualTo(2);
    }
}
