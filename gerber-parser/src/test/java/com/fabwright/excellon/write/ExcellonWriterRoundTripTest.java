package com.fabwright.excellon.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.corpus.Corpus;
import com.fabwright.excellon.DrillFile;
import com.fabwright.excellon.DrillHit;
import com.fabwright.excellon.DrillSlot;
import com.fabwright.excellon.ExcellonReader;
import com.fabwright.image.Point;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Read, write, read again: the same hits at the same nanometre coordinates with the same
 * diameters and plating, the same slots, and the X2 file function, for KiCad's and Altium's drill
 * files and gerbv's G85 slot case.
 */
class ExcellonWriterRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"kicad-demos-fab/pic_programmer/drill/pic_programmer-PTH.drl",
            "kicad-demos-fab/flat_hierarchy/drill/flat_hierarchy-NPTH.drl",
            "kicad9-cli-fab/StickHub/drill/excellon_g85_slots/StickHub-PTH.drl",
            "gerbv/test/inputs/test-drill-slot-drilled-g85.exc"})
    void holesAndSlotsSurviveExactly(String file) {
        DrillFile in = new ExcellonReader().read(Corpus.require(file));
        String text = new ExcellonWriter().write(in.fileAttributes(), in.hits(), in.slots());
        DrillFile back = new ExcellonReader().read("rt.drl", text.getBytes(StandardCharsets.US_ASCII));
        assertThat(back.hasErrors()).as(back.diagnostics().toString()).isFalse();
        assertThat(sorted(back.hits())).isEqualTo(sorted(in.hits()));
        assertThat(back.slots()).hasSameSizeAs(in.slots());
        for (int i = 0; i < in.slots().size(); i++) {
            DrillSlot a = in.slots().get(i);
            DrillSlot b = back.slots().stream().filter(s -> s.from().equals(a.from()) && s.to().equals(a.to())).findFirst().orElseThrow();
            assertThat(b.tool().diameterMm()).isEqualTo(a.tool().diameterMm());
        }
        assertThat(back.fileAttributes().get(".FileFunction")).isEqualTo(in.fileAttributes().get(".FileFunction"));
        assertThat(back.holeCount()).isEqualTo(in.holeCount());
    }

    private static List<String> sorted(List<DrillHit> hits) {
        return hits.stream().sorted(Comparator.comparingLong((DrillHit h) -> h.at().x()).thenComparingLong(h -> h.at().y()))
                .map(h -> key(h.at()) + " " + h.tool().diameterMm() + " " + h.tool().plated()).toList();
    }

    private static String key(Point p) {
        return p.x() + "," + p.y();
    }
}
