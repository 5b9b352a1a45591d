package com.fabwright.job;

import com.fabwright.excellon.DrillFile;
import com.fabwright.excellon.ExcellonFormatResolver;
import com.fabwright.excellon.ExcellonReader;
import com.fabwright.excellon.NcParameters;
import com.fabwright.gerber.GerberFile;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import com.fabwright.input.InputLimits;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How the job loader reads its Excellon files: with the pad centres of the outer copper layers, so
 * that {@link ExcellonFormatResolver} can choose the reading of a headerless file whose holes land
 * on the pads (and say so in a {@code DRL-W020} warning), and with Allegro's {@code nc_param.txt}
 * when the job holds one.
 */
final class DrillReading {
    /** More parameter files than this are not worth reading: a real job has one per drill folder. */
    private static final long MAX_NC_PARAM_BYTES = 1_000_000;

    private DrillReading() {
    }

    /**
     * Flash centres of the top and bottom copper layers (every copper layer when neither side is
     * known): where a through hole must land. Duplicates removed, file order kept.
     */
    static List<Point> padCentres(int count, IntFunction<GerberFile> gerber, IntFunction<LayerIdentity> layer) {
        Set<Point> outer = new LinkedHashSet<>();
        Set<Point> any = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            GerberFile g = gerber.apply(i);
            LayerIdentity id = layer.apply(i);
            if (g == null || id == null || id.function() != LayerFunction.COPPER) {
                continue;
            }
            boolean isOuter = id.side() == Side.TOP || id.side() == Side.BOTTOM;
            for (GraphicObject o : g.image().objects()) {
                if (o instanceof GraphicObject.Flash f) {
                    (isOuter ? outer : any).add(f.at());
                }
            }
        }
        return List.copyOf(outer.isEmpty() ? any : outer);
    }

    /** {@code nc_param.txt} files of the job, parsed, by the folder ({@code /}-separated, "" for the root) they are in. */
    static Map<String, NcParameters> ncParameters(List<String> paths, List<Path> files) {
        Map<String, NcParameters> out = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            if (!baseName(path).toLowerCase(Locale.ROOT).equals(NcParameters.FILE_NAME)) {
                continue;
            }
            try {
                if (Files.isRegularFile(files.get(i)) && Files.size(files.get(i)) < MAX_NC_PARAM_BYTES) {
                    out.put(folder(path), NcParameters.parse(Files.readString(files.get(i), StandardCharsets.ISO_8859_1)));
                }
            } catch (IOException e) {
                // optional: drill files are read without it
            }
        }
        return out;
    }

    /** The parameters for a drill file: those in its folder, else the job's only ones, else none. */
    static NcParameters ncFor(String path, Map<String, NcParameters> byFolder) {
        NcParameters same = byFolder.get(folder(path));
        if (same != null) {
            return same;
        }
        return byFolder.size() == 1 ? byFolder.values().iterator().next() : null;
    }

    /** Reads one drill file, named by its job path, choosing its format by alignment when it does not state it. */
    static DrillFile read(Path file, String path, List<Point> pads, NcParameters nc, InputLimits limits) throws IOException {
        if (Files.size(file) > limits.maxFileBytes()) {
            DrillFile refused = new ExcellonReader(limits).read(file);
            return refused.withDiagnostics(JobLoader.relabel(refused.diagnostics(), path));
        }
        byte[] content = Files.readAllBytes(file);
        return ExcellonFormatResolver.resolve(content, path, pads, nc, limits, ExcellonFormatResolver.DEFAULT_TOLERANCE_NM)
                .file();
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(0, slash) : "";
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
