package com.fabwright.app.cli;

import com.fabwright.app.job.JobInputException;
import com.fabwright.dfm.Violation;
import com.fabwright.input.Length;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import com.fabwright.panel.ArrayLayout;
import com.fabwright.panel.ArrayPlanner;
import com.fabwright.panel.PanelBoard;
import com.fabwright.panel.PanelDfm;
import com.fabwright.panel.PanelOutput;
import com.fabwright.panel.PanelPresets;
import com.fabwright.panel.PanelRefusedException;
import com.fabwright.panel.PanelSpec;
import com.fabwright.panel.PanelStudy;
import com.fabwright.panel.production.ArrayOptimiser;
import com.fabwright.panel.production.ProductionPanel;
import com.fabwright.panel.production.ProductionPanelFit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fabwright panel JOB [--preset NAME|FILE] [--rows R --cols C --spacing L --rails L ...] --out DIR
 * [--json FILE]} (CLI.md): plans a delivery array from a preset and the options, refuses what cannot
 * be made (exit 2 with the reason), writes the panel's Gerber/Excellon/CPL/drawing files into DIR,
 * prints the array, its best production-panel fit and the panel DFM findings.
 */
@Command(name = "panel", mixinStandardHelpOptions = true,
        description = "Panelize a job: delivery array, production-panel utilisation, panel Gerber/Excellon/CPL/drawing.")
public final class PanelCommand implements Callable<Integer> {
    private static final List<String> GENERIC_FOLDERS = List.of("gerber", "gerbers", "drill", "fab", "output", "cam", "plot");

    @Spec
    CommandSpec spec;

    @Mixin
    AssemblyOptions assembly;

    @Parameters(arity = "1..*", paramLabel = "JOB", description = "Files, folders and archives of one board, merged into one job.")
    List<Path> paths;

    @Option(names = "--design", paramLabel = "JOB", description = "Another board for a multi-design array (repeatable; one folder or archive each).")
    List<Path> designs = new ArrayList<>();

    @Option(names = "--preset", paramLabel = "NAME|FILE", defaultValue = "mousebites-standard",
            description = "Preset name (mousebites-standard, jlc-mousebites, vscore-standard, oshpark-tabs) or JSON file (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--rows", paramLabel = "R") Integer rows;
    @Option(names = "--cols", paramLabel = "C") Integer cols;
    @Option(names = "--spacing", paramLabel = "L", description = "Gap between boards (length).") String spacing;
    @Option(names = "--rails", paramLabel = "L", description = "Rail width (length); 0 for none.") String rails;
    @Option(names = "--rail-sides", paramLabel = "SIDES", description = "none, top-bottom, left-right, all or frame.") String railSides;
    @Option(names = "--rotation", paramLabel = "DEG", description = "Board rotation: 0, 90, 180 or 270.") Integer rotation;
    @Option(names = "--separation", paramLabel = "KIND", description = "vscore or mousebites.") String separation;
    @Option(names = "--text", paramLabel = "TEXT", description = "Rail text ({name} is the job name); empty for none.") String text;
    @Option(names = "--hole", paramLabel = "L", description = "Mouse-bite hole diameter.") String hole;
    @Option(names = "--pitch", paramLabel = "L", description = "Mouse-bite hole pitch.") String pitch;
    @Option(names = "--holes-per-tab", paramLabel = "N") Integer holesPerTab;
    @Option(names = "--tab-width", paramLabel = "L") String tabWidth;
    @Option(names = "--tab-positions", paramLabel = "F,F..", split = ",",
            description = "Fixed tab positions as fractions 0..1 along every edge (instead of the automatic choice).")
    List<Double> tabPositions;
    @Option(names = "--optimize", description = "Choose rows x cols that maximise production-panel utilisation (up to --rows/--cols when given, else 10 x 10).")
    boolean optimize;
    @Option(names = "--production", paramLabel = "NAME", description = "Production panel to fit on (default: the best of the shipped sizes).")
    String production;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the panel files.")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the panel report as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PanelSpec ps = options(load(preset));
        List<Job> jobs = new ArrayList<>();
        try {
            List<PanelBoard> boards = new ArrayList<>();
            boards.add(design(paths, jobs, assembly, spec.commandLine().getErr()));
            for (Path d : designs) {
                boards.add(design(List.of(d), jobs, null, spec.commandLine().getErr()));
            }
            ps = ps.withText(ps.text().replace("{name}", boards.get(0).name()));
            PanelPresets.ProductionData pd = PanelPresets.production();
            List<ProductionPanel> panels = productionPanels(pd);
            double boardArea = boards.stream().mapToDouble(b -> b.widthMm() * b.heightMm()).average().orElse(0);
            if (optimize) {
                final PanelSpec base = ps;
                List<ArrayOptimiser.Candidate> ranked = new ArrayOptimiser().rank(panels, pd.handling(),
                        rows != null ? rows : 10, cols != null ? cols : 10,
                        (r, c) -> ArrayPlanner.size(base.withArray(r, c, base.spacingMm()), boards), boardArea);
                if (ranked.isEmpty()) {
                    throw new UsageException("no array shape up to the limits fits the handling limits " + pd.handling());
                }
                ps = ps.withArray(ranked.get(0).rows(), ranked.get(0).cols(), ps.spacingMm());
            }
            ArrayLayout layout;
            try {
                layout = new ArrayPlanner().plan(ps, boards);
            } catch (PanelRefusedException e) {
                throw new UsageException("refused: " + e.getMessage());
            }
            List<String> files = new PanelOutput().write(layout, out);
            List<Violation> violations = new PanelDfm().check(layout);
            ProductionPanelFit fit = PanelStudy.bestFit(layout, boards, panels);
            print(o, layout, fit, files, violations);
            if (json != null) {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(json.toFile(), PanelReport.of(layout, fit, files, violations));
            }
            return ExitCodes.OK;
        } finally {
            jobs.forEach(Job::close);
        }
    }

    private PanelSpec load(String nameOrFile) {
        try {
            return PanelPresets.load(nameOrFile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private PanelSpec options(PanelSpec p) {
        try {
            double gap = spacing != null ? Length.parseMm(spacing) : p.spacingMm();
            p = p.withArray(rows != null ? rows : p.rows(), cols != null ? cols : p.cols(), gap);
            if (rotation != null) {
                p = p.withRotation(rotation);
            }
            if (rails != null || railSides != null) {
                double w = rails != null ? Length.parseMm(rails) : p.rails().widthMm();
                String sides = railSides != null ? railSides : w == 0 ? "none" : p.rails().sides().equals("none") ? "top-bottom" : p.rails().sides();
                p = p.withRails(new PanelSpec.Rails(sides, w));
            }
            if (separation != null) {
                p = p.withSeparation(separation.toLowerCase(Locale.ROOT));
                if (spacing == null && p.vscored()) {
                    p = p.withArray(p.rows(), p.cols(), 0);
                }
            }
            if (text != null) {
                p = p.withText(text);
            }
            PanelSpec.MouseBites m = p.mouseBites();
            if (hole != null || pitch != null || holesPerTab != null || tabWidth != null || tabPositions != null) {
                p = p.withMouseBites(new PanelSpec.MouseBites(hole != null ? Length.parseMm(hole) : m.holeDiameterMm(),
                        pitch != null ? Length.parseMm(pitch) : m.pitchMm(), holesPerTab != null ? holesPerTab : m.holesPerTab(),
                        tabWidth != null ? Length.parseMm(tabWidth) : m.tabWidthMm(), m.maxTabSpacingMm(), m.minTabsPerEdge(),
                        m.clearanceMm(), tabPositions != null ? tabPositions : m.positions()));
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private List<ProductionPanel> productionPanels(PanelPresets.ProductionData pd) {
        if (production == null) {
            return pd.panels();
        }
        List<ProductionPanel> one = pd.panels().stream().filter(p -> p.name().equalsIgnoreCase(production)).toList();
        if (one.isEmpty()) {
            throw new UsageException("no production panel '" + production + "'; known: "
                    + pd.panels().stream().map(ProductionPanel::name).toList());
        }
        return one;
    }

    /** One design's board; its placements from the job's CPL/X3 files and, for the first, {@code --bom/--cpl}. */
    private static PanelBoard design(List<Path> inputs, List<Job> jobs, AssemblyOptions extra, PrintWriter err)
            throws JobInputException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new JobInputException(p, "no such file or folder");
            }
        }
        Job job = new JobLoader().load(inputs);
        jobs.add(job);
        Path first = inputs.get(0).toAbsolutePath().normalize();
        String name = first.getFileName().toString().replaceAll("\\.(zip|tgz|tar\\.gz)$", "");
        // a job given as its CAD tool's output folder (board/gerber, board/drill) is named after the board
        if (GENERIC_FOLDERS.contains(name.toLowerCase(Locale.ROOT)) && first.getParent() != null) {
            name = first.getParent().getFileName().toString();
        }
        try {
            return PanelBoard.of(name, job, extra == null ? List.of() : extra.read(job, err).placements());
        } catch (IllegalArgumentException e) {
            throw new JobInputException(inputs.get(0), e.getMessage());
        }
    }

    private static void print(PrintWriter o, ArrayLayout l, ProductionPanelFit fit, List<String> files, List<Violation> vs) {
        o.printf(Locale.ROOT, "Array %d x %d = %d board(s), %.2f x %.2f mm, %s, rails %s %.1f mm%n", l.spec().rows(),
                l.spec().cols(), l.instances().size(), l.widthMm(), l.heightMm(),
                l.spec().vscored() ? l.vscores().size() + " V-score line(s)"
                        : l.tabs().size() + " tab(s) with " + l.mouseBiteHoles() + " mouse-bite hole(s)",
                l.spec().rails().sides(), l.spec().rails().widthMm());
        o.printf(Locale.ROOT, "Fiducials %d, tooling holes %d; X-out: %d per array (%s)%n", l.fiducials().size(),
                l.tooling().size(), l.spec().xOut().maxBadBoards(), l.spec().xOut().marking());
        if (fit != null) {
            o.printf(Locale.ROOT, "Production panel %s: %d x %d array(s)%s = %d board(s), utilisation %.1f %%%n",
                    fit.panel().name(), fit.across(), fit.down(), fit.rotated() ? " (turned)" : "", fit.boardsPerPanel(),
                    100 * fit.utilization());
        }
        l.warnings().forEach(w -> o.println("warning: " + w));
        for (Violation v : vs) {
            o.printf(Locale.ROOT, "%s %s: %s%n", v.severity().label(), v.rule(), v.message());
        }
        o.println("wrote " + files.size() + " file(s): " + String.join(", ", files));
    }
}
