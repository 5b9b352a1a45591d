package com.fabwright.dfm.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.board.Board;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmProgress;
import com.fabwright.dfm.DfmResult;
import com.fabwright.dfm.DfmRunner;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.profile.ProfileLoader;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance (issue 4): each generated sample board gives exactly its one known finding under
 * {@code generic-class2}, at the right place and with the measured value right to 1 µm (the clean
 * board gives none); and rotating, mirroring or offsetting a board moves its findings with it
 * (seeded property test). {@code -Dfabwright.writeSamples=DIR} also writes the boards to DIR
 * (how {@code samples/dfm/} was made).
 */
class DfmSamplesTest {
    static final double UM = 0.001;

    @TempDir
    Path tmp;

    static Stream<String> samples() {
        return DfmSamples.all().keySet().stream();
    }

    static DfmResult run(DfmSamples.Sample s, Path dir, UnaryOperator<double[]> t) throws IOException {
        s.board().write(dir, s.name(), t);
        String out = System.getProperty("fabwright.writeSamples");
        if (out != null && t == IDENTITY) {
            s.board().write(Path.of(out).resolve(s.name()), s.name(), t);
        }
        List<com.fabwright.assembly.Placement> placements = s.placements().stream().map(p -> {
            double[] q = t.apply(new double[] {p.xMm(), p.yMm()});
            return new com.fabwright.assembly.Placement(p.refdes(), q[0], q[1], p.rotationDeg(), p.side(), p.footprint(),
                    p.value(), p.mount(), p.source(), p.line());
        }).toList();
        try (Job job = new JobLoader().load(List.of(dir))) {
            DfmInput in = new DfmInput(job, Board.of(job.files(), job.jobFiles()), placements, 1.0, null);
            return new DfmRunner().run(ProfileLoader.load("generic-class2"), in, DfmProgress.NONE);
        }
    }

    static final UnaryOperator<double[]> IDENTITY = p -> p;

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void finds_the_one_known_problem(String name) throws IOException {
        DfmSamples.Sample s = DfmSamples.all().get(name);
        DfmResult r = run(s, tmp.resolve(name), IDENTITY);
        assertThat(r.failures()).isEmpty();
        if (s.rule() == null) {
            assertThat(r.violations()).as("clean board").isEmpty();
            return;
        }
        assertThat(r.violations()).as(name).hasSize(1);
        Violation v = r.violations().get(0);
        assertThat(v.rule()).isEqualTo(s.rule());
        if (s.measured() != null) {
            assertThat(v.measuredMm()).as("measured").isCloseTo(s.measured(), within(UM));
        }
        if (!s.rule().equals("outline.closed") && !Double.isNaN(s.x())) {
            // silk rules measure the layer's polygonised image: the gap's end slides along a chord of the round cap
            double tol = s.rule().startsWith("silk.") ? 5 * UM : UM;
            assertThat(v.xMm()).as("x").isCloseTo(s.x(), within(tol));
            assertThat(v.yMm()).as("y").isCloseTo(s.y(), within(tol));
        }
    }

    /** Seeded random rotations (any angle), mirrors and offsets: the same findings, moved. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void findings_move_with_the_board(String name) throws IOException {
        DfmSamples.Sample s = DfmSamples.all().get(name);
        if (name.equals("board-size")) {
            return; // the bounding box of a rotated board is another size
        }
        List<Violation> base = run(s, tmp.resolve("base"), IDENTITY).violations();
        Random rnd = new Random(name.hashCode() * 31L + 4);
        for (int k = 0; k < 3; k++) {
            double angle = rnd.nextDouble() * 2 * Math.PI;
            boolean mirror = rnd.nextBoolean();
            double dx = rnd.nextDouble() * 200 - 100;
            double dy = rnd.nextDouble() * 200 - 100;
            UnaryOperator<double[]> t = p -> {
                double x = mirror ? -p[0] : p[0];
                double y = p[1];
                return new double[] {x * Math.cos(angle) - y * Math.sin(angle) + dx, x * Math.sin(angle) + y * Math.cos(angle) + dy};
            };
            List<Violation> moved = run(s, tmp.resolve("t" + k), t).violations();
            assertThat(moved).as("%s under transform %d", name, k).hasSameSizeAs(base);
            for (Violation v : base) {
                double[] q = t.apply(new double[] {v.xMm(), v.yMm()});
                boolean found = moved.stream().anyMatch(m -> m.rule().equals(v.rule())
                        && (v.measuredMm() == null || Math.abs(m.measuredMm() - v.measuredMm()) < UM)
                        && (v.rule().equals("outline.closed") || v.rule().equals("mask.expansion")
                        || Math.hypot(m.xMm() - q[0], m.yMm() - q[1]) < (v.rule().startsWith("silk.") ? 10 * UM : UM)));
                assertThat(found).as("%s: %s moved with transform %d", name, v.rule(), k).isTrue();
            }
        }
    }
}
