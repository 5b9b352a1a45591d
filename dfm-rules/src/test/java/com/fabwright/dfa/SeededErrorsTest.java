package com.fabwright.dfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.assembly.cpl.CplReader;
import com.fabwright.assembly.cpl.PlacementFile;
import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.corpus.Corpus;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded errors on a correct board (StickHub, KiCad 6, both sides): each one introduced into its
 * placements is found by the cross-check, with the rule that names it.
 */
class SeededErrorsTest {
    private static final String BOARD = "kicad-demos-fab/StickHub";

    @Test
    void aMissingPlacementIsFound() {
        List<Violation> v = check(ps -> ps.stream().filter(p -> !p.refdes().equals("C1")).toList());
        assertThat(errors(v)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(AssemblyRules.BOM_NOT_PLACED);
            assertThat(x.refs()).contains("C1");
        });
    }

    @Test
    void aSwappedSideIsFound() {
        List<Violation> v = check(ps -> ps.stream().map(p -> !p.refdes().equals("C1") ? p
                : new Placement(p.refdes(), p.xMm(), p.yMm(), p.rotationDeg(), Side.TOP, p.footprint(), p.value(),
                p.mount(), p.source(), p.line())).toList());
        assertThat(errors(v)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(AssemblyRules.SIDE_MISMATCH);
            assertThat(x.refs()).contains("C1");
        });
    }

    @Test
    void aDuplicateAndANearMissAreFound() {
        List<Violation> v = check(ps -> {
            List<Placement> out = new ArrayList<>(ps);
            out.add(ps.get(0));
            Placement c2 = ps.stream().filter(p -> p.refdes().equals("C2")).findFirst().orElseThrow();
            out.set(out.indexOf(c2), new Placement("c$2", c2.xMm(), c2.yMm(), c2.rotationDeg(), c2.side(), c2.footprint(),
                    c2.value(), c2.mount(), c2.source(), c2.line()));
            return out;
        });
        assertThat(v).extracting(Violation::rule).contains(AssemblyRules.DUPLICATE_REFDES, AssemblyRules.REFDES_NEAR_MISS);
    }

    @Test
    void aMilFileReadAsMillimetresIsFound(@TempDir Path tmp) throws IOException {
        Path dir = Corpus.require().resolve(BOARD);
        try (Job job = new JobLoader().load(List.of(dir))) {
            AssemblyData data = JobAssembly.of(job, List.of(), List.of());
            StringBuilder csv = new StringBuilder("Designator,X,Y,Rotation,Side\n");
            for (Placement p : data.placements()) {
                csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.1f,%s%n", p.refdes(), p.xMm() / 0.0254,
                        p.yMm() / 0.0254, p.rotationDeg(), p.side().label()));
            }
            Path f = tmp.resolve("centroid.csv");
            Files.writeString(f, csv);
            PlacementFile mils = new CplReader().read(f, "centroid.csv", ColumnOverride.none());
            assertThat(mils.diagnostics()).extracting(d -> d.code()).contains("CPL-W003");
            AssemblyData wrong = JobAssembly.assemble(List.of(mils), List.of(), data.boms(), data.pads());
            List<Violation> v = AssemblyCrossCheck.run(CrossCheckInput.of(job, wrong));
            assertThat(v).filteredOn(x -> x.rule().equals(AssemblyRules.OUTSIDE_OUTLINE)).hasSize(mils.placements().size())
                    .allMatch(x -> x.message().contains("unit"));
            assertThat(v).filteredOn(x -> x.rule().equals(AssemblyRules.CENTROID_OFF_PAD)).isNotEmpty();
        }
    }

    private static List<Violation> check(UnaryOperator<List<Placement>> seed) {
        Path dir = Corpus.require().resolve(BOARD);
        try (Job job = new JobLoader().load(List.of(dir))) {
            AssemblyData data = JobAssembly.of(job, List.of(), List.of());
            AssemblyData seeded = new AssemblyData(data.placementFiles(), seed.apply(data.placements()),
                    data.placementSource(), data.boms(), data.pads(), data.statistics());
            return AssemblyCrossCheck.run(CrossCheckInput.of(job, seeded));
        }
    }

    private static List<Violation> errors(List<Violation> v) {
        return v.stream().filter(x -> x.severity() != Severity.INFO).toList();
    }
}
