package com.fabwright.job.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical layer ids (see {@link LayerIdentity}) as a vocabulary: the ids a user may choose
 * when correcting an identification, and the identity an id stands for.
 */
public final class LayerIds {
    private static final Pattern INNER = Pattern.compile("inner(\\d+)-copper");
    private static final Pattern MECHANICAL = Pattern.compile("mechanical-(\\d+)");
    private static final Pattern SPAN = Pattern.compile("drill-(blind|buried)-(\\d+)-(\\d+)");

    private LayerIds() {
    }

    /**
     * The ids to offer for a board of {@code copperCount} copper layers (at least 2): copper top to
     * bottom, then mask, silk, paste, outline, drills, assembly, mechanical 1-4, drawings, other.
     */
    public static List<String> choices(int copperCount) {
        int count = Math.max(2, copperCount);
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(LayerIdentity.copperId(i, count));
        }
        for (LayerTemplate t : LayerTemplate.values()) {
            if (!t.isCopper() && t != LayerTemplate.MECHANICAL && !out.contains(t.id)) {
                out.add(t.id);
            }
        }
        for (int i = 1; i <= 4; i++) {
            out.add(out.indexOf("drill-map"), "mechanical-" + i);
        }
        return List.copyOf(out);
    }

    /**
     * The identity a canonical id stands for on a board of {@code copperCount} copper layers, with
     * the given confidence and evidence; empty for an id that is not canonical.
     */
    public static Optional<LayerIdentity> identity(String id, int copperCount, double confidence, String evidence) {
        int count = Math.max(2, copperCount);
        if (id.equals("top-copper")) {
            return Optional.of(LayerIdentity.of(id, LayerFunction.COPPER, Side.TOP, 1, confidence, evidence));
        }
        if (id.equals("bottom-copper")) {
            return Optional.of(LayerIdentity.of(id, LayerFunction.COPPER, Side.BOTTOM, count, confidence, evidence));
        }
        Matcher m = INNER.matcher(id);
        if (m.matches()) {
            return Optional.of(LayerIdentity.of(id, LayerFunction.COPPER, Side.INNER, Integer.parseInt(m.group(1)) + 1,
                    confidence, evidence));
        }
        if (MECHANICAL.matcher(id).matches()) {
            return Optional.of(LayerIdentity.of(id, LayerFunction.MECHANICAL, Side.NONE, null, confidence, evidence));
        }
        if (SPAN.matcher(id).matches()) {
            return Optional.of(LayerIdentity.of(id, LayerFunction.DRILL, Side.NONE, null, confidence, evidence));
        }
        for (LayerTemplate t : LayerTemplate.values()) {
            if (t.id.equals(id) && !t.isCopper() && t != LayerTemplate.MECHANICAL) {
                return Optional.of(LayerIdentity.of(id, t.function, t.side, null, confidence, evidence));
            }
        }
        return Optional.empty();
    }
}
