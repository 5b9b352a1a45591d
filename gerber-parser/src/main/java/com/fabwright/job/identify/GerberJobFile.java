package com.fabwright.job.identify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a Gerber job file ({@code .gbrjob}, Ucamco "Gerber Job Format" JSON) that identify
 * layers: {@code FilesAttributes[].Path -> FileFunction} and {@code GeneralSpecs.LayerNumber},
 * plus board thickness and finish for later use.
 *
 * @param name          the job file's name
 * @param functions     lower-case base file name to its X2 file function fields
 * @param layerNumber   copper layer count, or {@code null}
 * @param thicknessMm   board thickness in mm, or {@code null}
 * @param finish        surface finish, or {@code null}
 */
public record GerberJobFile(String name, Map<String, List<String>> functions, Integer layerNumber,
                            Double thicknessMm, String finish) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public GerberJobFile {
        functions = Map.copyOf(functions);
    }

    /**
     * Parses a job file.
     *
     * @throws IOException when the content is not JSON
     */
    public static GerberJobFile parse(String name, byte[] content) throws IOException {
        String text = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.contains("%TF.FileFunction,JobInfo")) {
            return parseX2JobInfo(name, new String(content, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        JsonNode root = JSON.readTree(content);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        Map<String, List<String>> functions = new LinkedHashMap<>();
        for (JsonNode file : root.path("FilesAttributes")) {
            String path = file.path("Path").asText("");
            String function = file.path("FileFunction").asText("");
            if (!path.isEmpty() && !function.isEmpty()) {
                functions.put(baseName(path), Arrays.stream(function.split(",")).map(String::trim).toList());
            }
        }
        JsonNode specs = root.has("GeneralSpecs") ? root.path("GeneralSpecs") : root.path("Overall");
        Integer layers = specs.path("LayerNumber").isNumber() ? specs.path("LayerNumber").asInt() : null;
        Double thickness = specs.path("BoardThickness").isNumber() ? specs.path("BoardThickness").asDouble() : null;
        String finish = specs.path("Finish").isTextual() ? specs.path("Finish").asText() : null;
        return new GerberJobFile(name, functions, layers, thickness, finish);
    }

    /**
     * Eagle 9's first job files were Gerber X2 files ({@code %TF.FileFunction,JobInfo*%}) with
     * {@code %TJ.B_LayerNum,2*%} and {@code %TJ.B_Thickness,...*%}; they list no files.
     */
    private static GerberJobFile parseX2JobInfo(String name, String text) {
        Integer layers = null;
        Double thickness = null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%TJ\\.B_LayerNum,(\\d+)\\*").matcher(text);
        if (m.find()) {
            layers = Integer.parseInt(m.group(1));
        }
        m = java.util.regex.Pattern.compile("%TJ\\.B_Thickness,([0-9.]+)\\*").matcher(text);
        if (m.find()) {
            thickness = Double.parseDouble(m.group(1));
        }
        return new GerberJobFile(name, Map.of(), layers, thickness, null);
    }

    /** The file function the job file gives a file, by base name; {@code null} when not listed. */
    public List<String> functionOf(String path) {
        return functions.get(baseName(path));
    }

    static String baseName(String path) {
        String p = path.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        return (slash >= 0 ? p.substring(slash + 1) : p).toLowerCase(Locale.ROOT);
    }
}
