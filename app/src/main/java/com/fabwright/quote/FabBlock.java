package com.fabwright.quote;

import com.fabwright.quote.panel.PanelFit;
import com.fabwright.quote.rates.Rates;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Block F, the bare-board price (quote-model.md §6.2), in two modes chosen by {@code fab.mode}:
 * {@code area-band} (CN price sheet, AISLER flat band: rate by total order area band × billed area,
 * the panel-efficiency factor above the pooling limit) and {@code per-piece} (EU supplier medians:
 * cm² × rate × layer, finish and copper factors, plus freight and bank charge). Option adders
 * (finish, material, fine line, small holes, hole density, impedance, specials) are per lot for a
 * sample order and per m² for a batch, or a factor on the base; e-test and engineering fee follow
 * the sheet's area rules.
 */
final class FabBlock {
    private final Rates r;

    FabBlock(Rates rates) {
        this.r = rates;
    }

    /** The fab lines for {@code qty} boards. */
    List<LineItem> lines(BoardSpec b, int qty, PanelFit fit, boolean repeat) {
        return "per-piece".equals(r.word("fab.mode", "area-band")) ? perPiece(b, qty, repeat) : areaBand(b, qty, fit, repeat);
    }

    /**
     * Mode F-A. Above the pool limit the panel-efficiency factor applies; it is capped so that the
     * recurring fab price per board never exceeds that of the largest pooled order (the customer could
     * always split the order): see docs/decisions/quote-cost-model.md.
     */
    private List<LineItem> areaBand(BoardSpec b, int qty, PanelFit fit, boolean repeat) {
        int multiple = (int) r.num("fab.qty_multiple", 1);
        int billedQty = (int) (Math.ceil((double) qty / multiple) * multiple);
        int panels = fit.panels(billedQty, 1.0);
        double poolMax = r.num("panel.pool_max_panels", Double.MAX_VALUE);
        boolean pooled = panels <= poolMax;
        double factor = pooled ? 1.0 : Math.max(1.0, r.num("panel.util_ref", 0) / fit.utilisation());
        List<LineItem> out = areaBand(b, qty, billedQty, panels, factor, null, fit, repeat);
        if (factor > 1.0) {
            int poolQty = (int) poolMax * fit.boardsPerPanel();
            double cap = recurring(areaBand(b, poolQty, poolQty, (int) poolMax, 1.0, null, fit, true)) / poolQty * billedQty;
            double atFactor = recurring(out);
            if (atFactor > cap + 1e-9) {
                double atOne = recurring(areaBand(b, qty, billedQty, panels, 1.0, null, fit, repeat));
                double f = atOne >= cap ? 1.0 : 1.0 + (cap - atOne) / (atFactor - atOne) * (factor - 1.0);
                out = areaBand(b, qty, billedQty, panels, f, poolQty, fit, repeat);
            }
        }
        return out;
    }

    private static double recurring(List<LineItem> lines) {
        return lines.stream().filter(l -> !l.isNre()).mapToDouble(LineItem::amount).sum();
    }

    private List<LineItem> areaBand(BoardSpec b, int qty, int billedQty, int panels, double factor, Integer cappedAt,
                                    PanelFit fit, boolean repeat) {
        List<LineItem> out = new ArrayList<>();
        int layers = b.layers().or(2);
        double aBoard = b.areaM2() * billedQty;
        double aBill = aBoard * factor;
        JsonNode bands = r.has("fab.band_limits_m2") ? r.node("fab.band_limits_m2") : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        JsonNode row = Rates.byLayers(r.node("fab.area_rate"), layers, "fab.area_rate");
        int band = Math.min(Rates.band(bands, aBoard), row.size() - 1);
        double cur = r.factor("fab.area_rate");
        double rate = row.get(band).asDouble();
        boolean firstIsMinLot = r.has("fab.first_band_min_lot") && r.node("fab.first_band_min_lot").asBoolean();
        double k = factors(b);
        String kText = k == 1.0 ? "" : " × " + Fmt.n(k) + " (copper/HDI/X-out factors)";
        String qtyText = billedQty == qty ? "" : " (qty rounded up to " + billedQty + ", a multiple of " + (int) r.num("fab.qty_multiple", 1) + ")";
        String area = Fmt.n(aBoard) + " m² order area" + qtyText + (factor == 1.0 ? "" : " × panel factor "
                + Fmt.n(factor) + " (" + panels + " panels > pool limit, utilisation " + Fmt.n(fit.utilisation() * 100) + " %"
                + (cappedAt == null ? "" : "; capped at the per-board price of the largest pooled order, " + cappedAt + " boards")
                + ")");
        String rateText = r.rate("fab.area_rate").currency() + " " + Fmt.n(rate) + "/m² (" + layers + "L, band " + band + ") ["
                + r.rate("fab.area_rate").source() + "]";
        if (firstIsMinLot && band == 0) {
            out.add(LineItem.lump(Bucket.VARIABLE, "fab", "board (minimum lot)", "order area " + Fmt.n(aBoard)
                    + " m² within the minimum lot" + kText, "fab.area_rate", rateText, rate * cur * k, "fab"));
        } else {
            double min = firstIsMinLot ? row.get(0).asDouble() : 0;
            if (rate * aBill < min) {
                out.add(LineItem.lump(Bucket.VARIABLE, "fab", "board (minimum lot)", area + kText, "fab.area_rate",
                        rateText, min * cur * k, "fab"));
            } else {
                out.add(LineItem.of(Bucket.VARIABLE, "fab", "board (area × rate)", area + " × " + Fmt.n(rate) + "/m²" + kText,
                        "fab.area_rate", rateText, aBill, rate * cur * k, "fab"));
            }
        }
        if (r.has("fab.job_fee")) {
            out.add(LineItem.lump(Bucket.SETUP, "fab", "job fee", "per order", "fab.job_fee", r.rate("fab.job_fee").describe(),
                    r.money("fab.job_fee"), "fab"));
        }
        double base = out.get(0).amount();
        boolean sample = aBoard < r.num("fab.sample_below_m2", 0);
        adders(b, out, sample, aBill, base, billedQty);
        etestAndEngineering(out, layers, aBoard, aBill, repeat);
        return out;
    }

    private List<LineItem> perPiece(BoardSpec b, int qty, boolean repeat) {
        List<LineItem> out = new ArrayList<>();
        int layers = b.layers().or(2);
        double layerF = Rates.byLayers(r.node("fab.layer_factor"), layers, "fab.layer_factor").asDouble();
        double finishF = lookup("fab.finish_factor", b.finish().or("HASL"), 1.0);
        double k = factors(b);
        double rate = r.money("fab.piece_rate_cm2") * layerF * finishF * k;
        out.add(LineItem.of(Bucket.VARIABLE, "fab", "board (per piece)", Fmt.n(b.areaCm2()) + " cm² × " + qty + " boards × "
                        + r.rate("fab.piece_rate_cm2").describe() + " × layer " + Fmt.n(layerF) + " × finish " + Fmt.n(finishF)
                        + (k == 1.0 ? "" : " × " + Fmt.n(k)),
                "fab.piece_rate_cm2", r.rate("fab.piece_rate_cm2").describe(), b.areaCm2() * qty, rate, "fab"));
        double sampleBelow = r.num("fab.sample_below_m2", 0);
        adders(b, out, b.areaM2() * qty < sampleBelow, b.areaM2() * qty, out.get(0).amount(), qty);
        if (r.has("fab.freight")) {
            double f = interpolate(r.node("fab.freight"), qty) * r.factor("fab.freight");
            out.add(LineItem.lump(Bucket.PASSTHROUGH, "freight", "freight", "freight for " + qty + " boards (interpolated)",
                    "fab.freight", "by quantity " + r.rate("fab.freight").currency() + " [" + r.rate("fab.freight").source() + "]",
                    f, "fab"));
        }
        if (r.has("fab.bank_charge")) {
            out.add(LineItem.lump(Bucket.PASSTHROUGH, "freight", "bank charge", "per order", "fab.bank_charge",
                    r.rate("fab.bank_charge").describe(), r.money("fab.bank_charge"), "fab"));
        }
        if (r.has("fab.nre") && !repeat) {
            double nre = Rates.byLayers(r.node("fab.nre"), layers, "fab.nre").asDouble() * r.factor("fab.nre");
            out.add(LineItem.lump(Bucket.NRE, "fab", "fab tooling (NRE)", layers + " layers, once per design", "fab.nre",
                    r.rate("fab.nre").describe(), nre, "nre"));
        }
        return out;
    }

    /** Multiplicative factors on the base: copper weight, HDI build-up, no X-outs. */
    private double factors(BoardSpec b) {
        double k = lookup("fab.copper_factor", b.copperOz().known() ? Rate2.key(b.copperOz().value()) : "1", 1.0);
        for (String s : b.specials()) {
            k *= lookup("fab.factor", s, 1.0);
        }
        return k;
    }

    private void adders(BoardSpec b, List<LineItem> out, boolean sample, double aBill, double base, int qty) {
        if (b.finish().known()) {
            adder(out, "fab.finish", b.finish().value(), "finish " + b.finish().value(), sample, aBill, base);
        }
        if (b.material().known()) {
            adder(out, "fab.material", b.material().value(), "material " + b.material().value(), sample, aBill, base);
        }
        if (Boolean.TRUE.equals(b.impedance().value()) && r.has("fab.impedance")) {
            add(out, "fab.impedance", r.node("fab.impedance"), "impedance control", sample, aBill, base);
        }
        tiers(out, "fab.fine_line", b.minFeatureMm(), "fine line", sample, aBill, base);
        tiers(out, "fab.small_hole", b.minHoleMm().value(), "small hole", sample, aBill, base);
        for (String s : b.specials()) {
            adder(out, "fab.specials", s, s, sample, aBill, base);
        }
        if (b.holes().known() && r.has("fab.hole_density")) {
            // density reading: holes per m² of board; the adder is per m² and so linear in quantity
            JsonNode hd = r.node("fab.hole_density");
            double density = b.holes().value() / b.areaM2();
            double free = hd.path("freePerM2").asDouble();
            if (density > free) {
                long steps = (long) Math.ceil((density - free) / hd.path("stepPerM2").asDouble() - 1e-9);
                double perM2 = hd.path("m2PerStep").asDouble() * steps * r.factor("fab.hole_density");
                out.add(LineItem.of(Bucket.VARIABLE, "fab", "hole density", Fmt.n(density) + " holes/m² > " + Fmt.n(free)
                                + ": " + steps + " step(s) of " + Fmt.n(hd.path("stepPerM2").asDouble()) + " × " + Fmt.n(aBill) + " m²",
                        "fab.hole_density", r.rate("fab.hole_density").describe(), aBill, perM2, "fab"));
            }
        }
    }

    private void tiers(List<LineItem> out, String key, Double valueMm, String what, boolean sample, double aBill, double base) {
        if (valueMm == null || !r.has(key)) {
            return;
        }
        for (JsonNode t : r.node(key)) {
            double limit = t.path("atOrBelowMm").asDouble();
            if (valueMm <= limit + 1e-9) {
                add(out, key, t, what + " " + Fmt.n(valueMm) + " mm ≤ " + Fmt.n(limit) + " mm", sample, aBill, base);
            }
        }
    }

    private void adder(List<LineItem> out, String key, String option, String what, boolean sample, double aBill, double base) {
        if (!r.has(key)) {
            return;
        }
        JsonNode n = find(r.node(key), option);
        if (n != null) {
            add(out, key, n, what, sample, aBill, base);
        }
    }

    /** One adder: {@code lot} for a sample order, {@code m2} × billed area for a batch, and/or a {@code factor} on the base. */
    private void add(List<LineItem> out, String key, JsonNode spec, String what, boolean sample, double aBill, double base) {
        double cur = r.factor(key);
        String src = " [" + r.rate(key).source() + "]";
        String c = r.rate(key).currency() == null ? "" : r.rate(key).currency() + " ";
        if (spec.has("factor")) {
            double f = spec.get("factor").asDouble();
            if (f != 1.0) {
                out.add(LineItem.of(Bucket.VARIABLE, "fab", what, "+" + Fmt.n((f - 1) * 100) + " % of the board price "
                        + Fmt.n(base), key, "× " + Fmt.n(f) + src, base, f - 1, "fab"));
            }
        }
        if (spec.has("lot") && (sample || !spec.has("m2"))) {
            double v = spec.get("lot").asDouble();
            if (v != 0) {
                out.add(LineItem.lump(Bucket.VARIABLE, "fab", what, (sample ? "sample order: " : "") + "per lot", key,
                        c + Fmt.n(v) + "/lot" + src, v * cur, "fab"));
            }
        } else if (spec.has("m2")) {
            double v = spec.get("m2").asDouble();
            if (v != 0) {
                out.add(LineItem.of(Bucket.VARIABLE, "fab", what, "batch: " + Fmt.n(aBill) + " m² × " + Fmt.n(v) + "/m²",
                        key, c + Fmt.n(v) + "/m²" + src, aBill, v * cur, "fab"));
            }
        }
    }

    private void etestAndEngineering(List<LineItem> out, int layers, double aBoard, double aBill, boolean repeat) {
        if (r.has("fab.etest")) {
            JsonNode e = r.node("fab.etest");
            if (aBoard > e.path("freeUpToM2").asDouble() && aBoard <= e.path("flyingProbeUpToM2").asDouble()) {
                double rate = Rates.byLayers(e.path("flyingProbePerM2"), layers, "fab.etest").asDouble();
                double billed = Math.max(e.path("minM2").asDouble(), aBill);
                out.add(LineItem.of(Bucket.VARIABLE, "test", "e-test (flying probe)", Fmt.n(billed) + " m² (min "
                                + Fmt.n(e.path("minM2").asDouble()) + ") × " + Fmt.n(rate) + "/m²", "fab.etest",
                        r.rate("fab.etest").currency() + " " + Fmt.n(rate) + "/m² [" + r.rate("fab.etest").source() + "]",
                        billed, rate * r.factor("fab.etest"), "fab"));
            } else if (aBoard > e.path("flyingProbeUpToM2").asDouble() && !repeat) {
                double fixture = Rates.byLayers(e.path("fixture"), layers, "fab.etest").asDouble();
                out.add(LineItem.lump(Bucket.NRE, "test", "e-test fixture", "order area " + Fmt.n(aBoard) + " m² > "
                                + Fmt.n(e.path("flyingProbeUpToM2").asDouble()) + " m²: fixture, once per design", "fab.etest",
                        r.rate("fab.etest").currency() + " " + Fmt.n(fixture) + " [" + r.rate("fab.etest").source() + "]",
                        fixture * r.factor("fab.etest"), "nre"));
            }
        }
        if (r.has("fab.eng_fee") && !repeat) {
            JsonNode fees = Rates.byLayers(r.node("fab.eng_fee"), layers, "fab.eng_fee");
            int band = Math.min(Rates.band(r.node("fab.eng_fee_bands_m2"), aBoard), fees.size() - 1);
            double fee = fees.get(band).asDouble();
            if (fee > 0) {
                out.add(LineItem.lump(Bucket.NRE, "fab", "fab engineering", layers + " layers, order area " + Fmt.n(aBoard)
                        + " m² (band " + band + "), once per design", "fab.eng_fee", r.rate("fab.eng_fee").currency() + " "
                        + Fmt.n(fee) + " [" + r.rate("fab.eng_fee").source() + "]", fee * r.factor("fab.eng_fee"), "nre"));
            }
        }
    }

    private double lookup(String key, String option, double fallback) {
        if (!r.has(key)) {
            return fallback;
        }
        JsonNode n = find(r.node(key), option);
        return n == null ? fallback : n.asDouble();
    }

    /** Case-insensitive field lookup. */
    static JsonNode find(JsonNode obj, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Piecewise-linear interpolation over {@code [[x, y], ...]}, flat outside. */
    static double interpolate(JsonNode points, double x) {
        double x0 = points.get(0).get(0).asDouble();
        double y0 = points.get(0).get(1).asDouble();
        if (x <= x0) {
            return y0;
        }
        for (int i = 1; i < points.size(); i++) {
            double x1 = points.get(i).get(0).asDouble();
            double y1 = points.get(i).get(1).asDouble();
            if (x <= x1) {
                return y0 + (x - x0) / (x1 - x0) * (y1 - y0);
            }
            x0 = x1;
            y0 = y1;
        }
        return y0;
    }

    /** Copper-weight keys ({@code 1}, {@code 2}, {@code 0.5}). */
    private static final class Rate2 {
        static String key(double oz) {
            return oz == Math.rint(oz) ? Long.toString((long) oz) : Double.toString(oz);
        }
    }
}
