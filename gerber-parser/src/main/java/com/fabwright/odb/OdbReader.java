package com.fabwright.odb;

import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.input.InputLimits;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.odb.assembly.ComponentReader;
import com.fabwright.odb.assembly.EdaData;
import com.fabwright.odb.features.FeatureLayer;
import com.fabwright.odb.features.FeatureReader;
import com.fabwright.odb.features.SymbolPlacement;
import com.fabwright.odb.matrix.Matrix;
import com.fabwright.odb.matrix.MatrixLayer;
import com.fabwright.odb.step.StepChooser;
import com.fabwright.odb.step.StepHeader;
import com.fabwright.odb.text.OdbTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ODB++ product model folder (archives are extracted by the job loader first) for one
 * step: the board step by default ({@link StepChooser}), or a named step, whose step-and-repeat
 * tables are then expanded (a panel). Every problem is a diagnostic ({@code ODB-} codes, see
 * docs/diagnostics.md); a product without {@code matrix/matrix} gives one error and no layers.
 */
public final class OdbReader {
    /** Deepest nesting of user symbols inside user symbols, and of steps inside panel steps. */
    static final int MAX_DEPTH = 8;

    private final InputLimits limits;

    public OdbReader(InputLimits limits) {
        this.limits = limits;
    }

    public OdbReader() {
        this(InputLimits.DEFAULTS);
    }

    /** Reads the board step. */
    public OdbProduct read(Path root, String path) {
        return read(root, path, null);
    }

    /**
     * Reads one step.
     *
     * @param root folder holding {@code matrix/} and {@code steps/}
     * @param path the product's job path, for diagnostics and layer paths
     * @param step the step to read (a panel's repeats are expanded), or null for the board step
     */
    public OdbProduct read(Path root, String path, String step) {
        return new Run(new OdbTree(root, limits.maxFileBytes()), path, true).read(step);
    }

    /**
     * Reads only what assembly needs from the board step: matrix, {@code eda/data} and components,
     * no layer features (the product's layers are then empty).
     */
    public OdbProduct readAssembly(Path root, String path) {
        return new Run(new OdbTree(root, limits.maxFileBytes()), path, false).read(null);
    }

    private final class Run {
        private final OdbTree tree;
        private final String path;
        private final DiagnosticSink sink;
        private final Map<String, StepHeader> headers = new LinkedHashMap<>();
        private final Map<String, List<GraphicObject>> symbols = new HashMap<>();
        private final FeatureReader features;
        private final boolean withFeatures;
        private long instances;

        Run(OdbTree tree, String path, boolean withFeatures) {
            this.tree = tree;
            this.path = path;
            this.withFeatures = withFeatures;
            this.sink = new DiagnosticSink(path);
            this.features = new FeatureReader(this::symbol, limits.maxObjectsPerLayer());
        }

        OdbProduct read(String wanted) {
            Optional<String> matrixText = text("matrix/matrix");
            if (matrixText.isEmpty()) {
                sink.error("ODB-E001", SourcePosition.UNKNOWN, "no readable matrix/matrix: not an ODB++ product model");
                return new OdbProduct(path, new Matrix(List.of(), List.of()), null, "", Image.empty(), List.of(), List.of(),
                        EdaData.EMPTY, sink.diagnostics());
            }
            Matrix matrix = Matrix.parse(matrixText.get());
            List<String> steps = new ArrayList<>(matrix.steps());
            if (steps.isEmpty()) {
                tree.folders("steps").forEach(p -> steps.add(p.getFileName().toString()));
            }
            for (String s : steps) {
                headers.put(s, text("steps/" + s + "/stephdr").map(StepHeader::parse).orElse(StepHeader.NONE));
            }
            String step;
            String reason;
            if (wanted != null) {
                step = steps.stream().filter(s -> s.equalsIgnoreCase(wanted)).findFirst().orElse(null);
                reason = "step " + wanted + " as asked" + (step != null && headers.get(step).isPanel()
                        ? " (a panel: " + headers.get(step).repeats().size() + " step-and-repeat table(s) expanded)" : "");
                if (step == null) {
                    sink.error("ODB-E002", SourcePosition.UNKNOWN, "no step " + wanted + " in the matrix (steps: " + steps + ")");
                }
            } else {
                step = StepChooser.boardStep(steps, headers, s -> tree.find("steps/" + s + "/eda/data").isPresent());
                reason = "board step " + step + " of " + steps + " (the steps repeating others are panels)";
            }
            if (step == null || tree.find("steps/" + step).isEmpty()) {
                if (step != null || wanted == null) {
                    sink.error("ODB-E002", SourcePosition.UNKNOWN, "no step folder to read (matrix steps: " + steps + ")");
                }
                return new OdbProduct(path, matrix, step, reason, Image.empty(), List.of(), List.of(), EdaData.EMPTY,
                        sink.diagnostics());
            }
            String stepName = tree.find("steps/" + step).get().getFileName().toString();
            EdaData eda = text("steps/" + stepName + "/eda/data").map(EdaData::parse).orElse(EdaData.EMPTY);
            Image profile = withFeatures ? new Image(stepObjects(stepName, "profile", null, 0), Attributes.EMPTY, false, false)
                    : Image.empty();
            List<OdbLayer> layers = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            for (MatrixLayer l : matrix.layers()) {
                if (l.is("DIELECTRIC")) {
                    continue;
                }
                String layerDir = "steps/" + stepName + "/layers/" + l.folder();
                String layerPath = path + "/" + layerDir;
                if (l.component()) {
                    Side side = l.name().toLowerCase(java.util.Locale.ROOT).contains("bot") ? Side.BOTTOM : Side.TOP;
                    text(layerDir + "/components").ifPresent(t -> placements.addAll(ComponentReader.read(t,
                            layerPath + "/components", side, eda.packages())));
                }
                Optional<Path> folder = tree.find(layerDir);
                if (!withFeatures || folder.isEmpty()) {
                    continue;
                }
                Optional<Path> file = tree.find(layerDir + "/features");
                if (file.isEmpty() && l.component()) {
                    continue;
                }
                int[] counts = new int[2];
                List<GraphicObject> objects = stepObjects(stepName, "layers/" + l.folder() + "/features", eda, 0, counts);
                if (l.negative() && !profile.objects().isEmpty()) {
                    List<GraphicObject> inverted = new ArrayList<>(profile.objects());
                    objects.forEach(o -> inverted.add(SymbolPlacement.IDENTITY.apply(o, true)));
                    objects = inverted;
                }
                Image image = new Image(objects, Attributes.EMPTY, false, false);
                if (l.drill() || l.rout()) {
                    Optional<String> tools = text(layerDir + "/tools");
                    if (tools.isPresent()) {
                        image = DrillTools.parse(tools.get()).applyTo(image);
                    }
                }
                LayerIdentity id = OdbLayerIdentities.of(matrix, l, image);
                layers.add(new OdbLayer(l, id, image, file.orElse(folder.get()), layerPath, counts[0], counts[1]));
            }
            return new OdbProduct(path, matrix, stepName, reason, profile, layers, placements, eda, sink.diagnostics());
        }

        private List<GraphicObject> stepObjects(String step, String member, EdaData eda, int depth) {
            return stepObjects(step, member, eda, depth, new int[2]);
        }

        /**
         * The objects of one member ({@code profile} or a layer's features) of a step, with the
         * repeated steps' members placed where the step-and-repeat tables say.
         */
        private List<GraphicObject> stepObjects(String step, String member, EdaData eda, int depth, int[] counts) {
            List<GraphicObject> out = new ArrayList<>();
            String rel = "steps/" + step + "/" + member;
            Optional<Path> file = tree.find(rel);
            if (file.isPresent()) {
                String display = path + "/" + tree.display(file.get());
                String layer = member.startsWith("layers/") ? member.split("/")[1] : "";
                try {
                    FeatureLayer fl = features.read(tree.read(file.get()), display,
                            eda == null ? null : i -> eda.net(layer, i), 0);
                    out.addAll(fl.image().objects());
                    fl.diagnostics().forEach(d -> sink.report(d.severity(), d.code(), d.position(),
                            tree.display(file.get()) + ": " + d.message(), d.excerpt()));
                    counts[0] += fl.features();
                    counts[1] += fl.texts() + fl.barcodes();
                } catch (IOException | RuntimeException e) {
                    sink.error("ODB-E003", SourcePosition.UNKNOWN, "cannot read " + rel + ": " + e.getMessage());
                }
            }
            StepHeader h = header(step);
            if (!h.isPanel()) {
                return out;
            }
            if (depth >= MAX_DEPTH) {
                sink.error("ODB-E005", SourcePosition.UNKNOWN, "step " + step + " nests panels more than " + MAX_DEPTH
                        + " deep; inner steps not placed");
                return out;
            }
            for (StepHeader.Repeat r : h.repeats()) {
                String child = headers.keySet().stream().filter(s -> s.equalsIgnoreCase(r.name())).findFirst().orElse(null);
                if (child == null) {
                    sink.warning("ODB-W006", SourcePosition.UNKNOWN, "step " + step + " repeats unknown step " + r.name());
                    continue;
                }
                instances += r.instances();
                if (instances > limits.maxStepRepeatInstances()) {
                    sink.error("ODB-E006", SourcePosition.UNKNOWN, "step-and-repeat makes more than "
                            + limits.maxStepRepeatInstances() + " instances (limit); the rest is not placed");
                    return out;
                }
                // the child's nets are its own eda/data; net names of panel copies are not merged
                List<GraphicObject> unit = stepObjects(child, member, null, depth + 1, new int[2]);
                StepHeader ch = header(child);
                StepRepeats.place(unit, ch, r, out, limits.maxObjectsPerLayer());
            }
            return out;
        }

        /** The header of a step, its name matched case-insensitively (matrix upper case, folder lower case). */
        private StepHeader header(String step) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(step)).map(Map.Entry::getValue)
                    .findFirst().orElse(StepHeader.NONE);
        }

        private List<GraphicObject> symbol(String name, int depth) {
            if (depth > MAX_DEPTH) {
                return null;
            }
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (symbols.containsKey(key)) {
                return symbols.get(key);
            }
            symbols.put(key, null); // a symbol that contains itself resolves to nothing
            Optional<Path> f = tree.find("symbols/" + name + "/features");
            List<GraphicObject> objects = null;
            if (f.isPresent()) {
                try {
                    FeatureLayer fl = features.read(tree.read(f.get()), path + "/" + tree.display(f.get()), null, depth);
                    objects = fl.image().objects();
                } catch (IOException | RuntimeException e) {
                    sink.warning("ODB-W007", SourcePosition.UNKNOWN, "cannot read symbol " + name + ": " + e.getMessage());
                }
            }
            symbols.put(key, objects);
            return objects;
        }

        private Optional<String> text(String rel) {
            try {
                return tree.readIfPresent(rel);
            } catch (IOException | RuntimeException e) {
                sink.error("ODB-E003", SourcePosition.UNKNOWN, "cannot read " + rel + ": " + e.getMessage());
                return Optional.empty();
            }
        }
    }
}
