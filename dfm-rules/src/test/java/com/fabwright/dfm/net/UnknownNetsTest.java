package com.fabwright.dfm.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.board.Board;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A copper object without {@code .N} in a file that uses {@code .N} has an unknown net: it takes the
 * net of the copper it touches (one net), else keeps none; it never counts as a short against that
 * net ({@code copper.clearance} on the demo board's via pads).
 */
class UnknownNetsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("via without .N at the end of a SIG1 track", "", "SIG1", 0),
                Arguments.of("via without .N between two touching pads without .N, one on SIG1", "pad", "SIG1", 0),
                // the SIG1-SIG2 short itself plus the unnamed via against each net: it bridges the two nets
                Arguments.of("via without .N touching SIG1 and SIG2: a real short, kept", "short", "", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unknownNetTakesTheTouchedNet(String name, String variant, String viaNet, int shorts) throws Exception {
        StringBuilder g = new StringBuilder("%FSLAX46Y46*%\n%MOMM*%\n%TF.FileFunction,Copper,L1,Top*%\n%TF.FilePolarity,Positive*%\n"
                + "%TA.AperFunction,ViaPad*%\n%ADD10C,0.6*%\n%TA.AperFunction,Conductor*%\n%ADD11C,0.25*%\n%TD*%\n"
                + "D10*\nX10000000Y10000000D03*\n");
        if (variant.equals("pad")) {
            g.append("X10400000Y10000000D03*\n");
        }
        g.append("%TO.N,SIG1*%\nD11*\n");
        g.append(variant.equals("pad") ? "X5000000Y10000000D02*\nX10600000Y10000000D01*\n" : "X5000000Y10000000D02*\nX10000000Y10000000D01*\n");
        g.append("%TO.N,SIG2*%\n");
        g.append(variant.equals("short") ? "X10000000Y10000000D02*\nX15000000Y10000000D01*\n" : "X5000000Y14000000D02*\nX15000000Y14000000D01*\n");
        g.append("%TD*%\nM02*\n");
        Files.writeString(tmp.resolve("board-F_Cu.gbr"), g);
        try (Job job = new JobLoader().load(List.of(tmp))) {
            DfmInput in = new DfmInput(job, Board.of(job.files(), job.jobFiles()));
            List<CopperFeature> features = in.copper().get(0).features();
            CopperFeature via = features.get(0);
            assertThat(via.net()).isEqualTo(viaNet);
            var result = new com.fabwright.dfm.DfmRunner(1).run(com.fabwright.dfm.profile.ProfileLoader.load("generic-class2"), in,
                    com.fabwright.dfm.DfmProgress.NONE);
            assertThat(result.violations().stream().filter(v -> v.rule().equals("copper.clearance")).count())
                    .as(result.violations().toString()).isEqualTo(shorts);
        }
    }
}
