package com.fabwright.job.identify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.job.FileKind;
import com.fabwright.job.identify.LayerIdentifier.FileToIdentify;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven checks of single rules: X2 values, tool names, film names. */
class LayerIdentifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Copper,L1,Top,Signal | top-copper | 1",
        "Copper,L3,Inr | inner2-copper | 3",
        "Copper,L6,Bot | bottom-copper | 6",
        "Soldermask,Bot | bottom-mask | ",
        "Legend,Top | top-silk | ",
        "SolderPaste,Bot | bottom-paste | ",
        "Profile,NP | outline | ",
        "Plated,1,4,PTH,Drill | drill-pth | ",
        "NonPlated,1,2,NPTH,Rout | drill-npth | ",
        "Plated,1,2,Blind | drill-blind-1-2 | ",
        "Component,L1,Top | top-component | ",
        "AssemblyDrawing,Bot | bottom-assembly | ",
        "Drillmap | drill-map | ",
        "Other,User | other | "})
    void x2FileFunctionGivesTheCanonicalLayer(String function, String id, Integer copperIndex) {
        LayerIdentity l = X2FileFunction.toIdentity(Arrays.asList(function.split(",")), 0.99, "X2");
        assertThat(l.id()).isEqualTo(id);
        assertThat(l.copperIndex()).isEqualTo(copperIndex);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Gerber_TopSolderMaskLayer.GTS | top-mask",
        "board-In2_Cu.gbr | inner2-copper",
        "board.sts | bottom-mask",
        "Conductive-1.fph | top-copper",
        "Resist-B.fph | bottom-mask",
        "80101_0125_F200_SilkscreenTop.gdo | top-silk",
        "80101_0125_F200_ThruHoleNonPlated.ncd | drill-npth",
        "IRNASIoTbank1.2.PosiBot | bottom-silk",
        "IRNASIoTbank1.2.StopTop | top-mask",
        "board_contour.gm1 | outline",
        "MinnowMax_smc_GAF.art | top-mask",
        "MinnowMax_bslk.art | bottom-silk",
        "mask_sec.art | bottom-mask",
        "SST.pho | top-silk"})
    void namesOfOneFileAreRead(String name, String id) {
        LayerIdentifier.Result r = new LayerIdentifier().identify(List.of(FileToIdentify.byName(name)), List.of());
        assertThat(r.layers().get(name).id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "G04 Film Name:    silk_screen_bottom*  | bottom-silk",
        "%LNbs*% | bottom-mask"})
    void filmNamesWrittenInsideTheFileAreUsedWhenTheNameSaysNothing(String head, String id) {
        ContentHints hints = ContentHints.of(head + "\n%FSLAX26Y26*%\n");
        LayerIdentifier.Result r = new LayerIdentifier().identify(
                List.of(new FileToIdentify("noname.gbx", FileKind.GERBER, hints)), List.of());
        assertThat(r.layers().get("noname.gbx").id()).isEqualTo(id);
    }
}
