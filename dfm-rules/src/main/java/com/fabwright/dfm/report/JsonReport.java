package com.fabwright.dfm.report;

import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.metrics.BoardMetrics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The {@code dfm --json} document (CLI.md): {@code profile}, {@code summary}, {@code violations}
 * with the fields the contract names ({@code net} is the list of nets), plus {@code refs}, the
 * finding's geometry as WKT, {@code metrics}, {@code nets} and {@code inputs} (path and SHA-256).
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(DfmReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("profile").put("name", r.profile().name()).put("version", r.profile().version())
                .put("source", r.profile().source());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", r.result().count(Severity.ERROR)).put("warnings", r.result().count(Severity.WARNING))
                .put("infos", r.result().count(Severity.INFO)).put("rulesRun", r.result().rulesRun().size())
                .put("seconds", Math.round(r.result().seconds() * 1000) / 1000.0).put("cancelled", r.result().cancelled());
        r.result().unknownRules().forEach(summary.withArray("unknownRules")::add);
        r.result().failures().forEach(summary.withArray("ruleFailures")::add);
        root.putObject("nets").put("source", r.result().netSource().label()).put("evidence", r.result().netEvidence());
        ArrayNode vs = root.putArray("violations");
        for (Violation v : r.result().violations()) {
            ObjectNode o = vs.addObject();
            o.put("rule", v.rule()).put("severity", v.severity().label());
            v.layers().forEach(o.putArray("layers")::add);
            o.put("xMm", round(v.xMm())).put("yMm", round(v.yMm()));
            if (v.measuredMm() != null) {
                o.put("measuredMm", round(v.measuredMm()));
            } else {
                o.putNull("measuredMm");
            }
            if (v.limitMm() != null) {
                o.put("limitMm", round(v.limitMm()));
            } else {
                o.putNull("limitMm");
            }
            o.put("message", v.message());
            v.nets().forEach(o.putArray("net")::add);
            v.refs().forEach(o.putArray("refs")::add);
            if (v.location() != null) {
                o.put("wkt", v.location().getNumPoints() <= 200 ? v.location().toText() : v.location().getEnvelope().toText());
            }
        }
        root.set("metrics", JSON.valueToTree(r.metrics()));
        ArrayNode in = root.putArray("inputs");
        r.inputs().forEach(f -> in.addObject().put("path", f.path()).put("sha256", f.sha256()));
        return root;
    }

    /** Writes the document (UTF-8). */
    public static void write(DfmReport r, OutputStream out) throws IOException {
        JSON.writeValue(out, tree(r));
    }

    /** The document as a string. */
    public static String toJson(DfmReport r) throws IOException {
        return JSON.writeValueAsString(tree(r));
    }

    /** Metrics alone as JSON (for {@code info} or a quote). */
    public static ObjectNode metrics(BoardMetrics m) {
        return JSON.valueToTree(m);
    }

    /** Six decimals: 1 nm, the coordinate grid. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
