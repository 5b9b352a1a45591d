package com.fabwright.quote;

import com.fabwright.quote.rates.Rates;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Block A, assembly conversion and test (quote-model.md §6.4): SMT per board on a placement, joint
 * or CN-point basis ({@code assembly.basis}), THT per pin (hand below a quantity, wave above) or per
 * part, test per board (AOI, X-ray when there are BGAs, flying probe), per-run setup (per side, per
 * feeder line, THT setup, small-batch start-up), a per-board minimum, and NRE (engineering by points,
 * stencils per side, test program). With {@code assembly.manual} the cheaper of the automatic and the
 * manual price is taken, as AISLER does.
 */
final class AssemblyBlock {
    private final Rates r;

    AssemblyBlock(Rates rates) {
        this.r = rates;
    }

    List<LineItem> lines(AssemblyFigures a, BoardSpec board, int qty, boolean repeat) {
        List<LineItem> out = new ArrayList<>();
        if (!a.any()) {
            return out;
        }
        List<LineItem> auto = automatic(a, qty);
        if (r.has("assembly.manual")) {
            List<LineItem> manual = manual(a, qty);
            if (sum(manual) < sum(auto)) {
                auto = manual;
            }
        }
        out.addAll(auto);
        minimumPerBoard(out, qty);
        stencil(out, a, board, repeat);
        test(out, a, qty, repeat);
        if (r.has("assembly.engineering_by_points") && !repeat) {
            double pts = a.points();
            for (JsonNode tier : r.node("assembly.engineering_by_points")) {
                if (pts <= tier.get(0).asDouble()) {
                    out.add(LineItem.lump(Bucket.NRE, "assembly", "SMT programming / DFM / FAI", Fmt.n(pts)
                                    + " points ≤ " + Fmt.n(tier.get(0).asDouble()) + ": once per design",
                            "assembly.engineering_by_points", r.rate("assembly.engineering_by_points").currency() + " "
                                    + Fmt.n(tier.get(1).asDouble()) + " [" + r.rate("assembly.engineering_by_points").source() + "]",
                            tier.get(1).asDouble() * r.factor("assembly.engineering_by_points"), "nre"));
                    break;
                }
            }
        }
        return out;
    }

    private List<LineItem> automatic(AssemblyFigures a, int qty) {
        List<LineItem> out = new ArrayList<>();
        String basis = r.word("assembly.basis", "placement");
        if (a.smtPlacements() > 0) {
            switch (basis) {
                case "point" -> {
                    JsonNode pr = r.node("assembly.point_rate");
                    double small = pr.path("chip<=0402").asDouble() * r.factor("assembly.point_rate");
                    double other = pr.path("other").asDouble() * r.factor("assembly.point_rate");
                    String c = r.rate("assembly.point_rate").currency() + " ";
                    String src = " [" + r.rate("assembly.point_rate").source() + "]";
                    if (a.points0402() > 0) {
                        out.add(LineItem.of(Bucket.VARIABLE, "assembly", "SMT ≤0402 points", Fmt.n(a.points0402())
                                        + " points/board × " + qty, "assembly.point_rate", c + Fmt.n(pr.path("chip<=0402").asDouble())
                                        + "/point" + src, a.points0402() * qty, small, "conversion"));
                    }
                    out.add(LineItem.of(Bucket.VARIABLE, "assembly", "SMT points", Fmt.n(a.pointsOther()) + " points/board × "
                                    + qty, "assembly.point_rate", c + Fmt.n(pr.path("other").asDouble()) + "/point" + src,
                            a.pointsOther() * qty, other, "conversion"));
                }
                case "joint" -> out.add(LineItem.of(Bucket.VARIABLE, "assembly", "SMT joints", a.smtJoints()
                                + " joints/board × " + qty, "assembly.joint_rate", r.rate("assembly.joint_rate").describe(),
                        (double) a.smtJoints() * qty, r.money("assembly.joint_rate"), "conversion"));
                default -> out.add(LineItem.of(Bucket.VARIABLE, "assembly", "SMT placements", a.smtPlacements()
                                + " placements/board × " + qty, "assembly.placement_rate",
                        r.rate("assembly.placement_rate").describe(), (double) a.smtPlacements() * qty,
                        r.money("assembly.placement_rate"), "conversion"));
            }
            perRun(out, "assembly.setup_per_side", "line setup", a.sides() + " side(s)", a.sides());
            int lines = "all".equals(r.word("assembly.feeder_counts", "smt")) ? a.uniqueLines() : a.smtLines();
            perRun(out, "assembly.feeder_per_line", "feeder loading", lines + " unique line(s)", lines);
        }
        if (a.thtParts() > 0) {
            if (r.has("assembly.tht_pin_rate")) {
                JsonNode pr = r.node("assembly.tht_pin_rate");
                boolean wave = pr.has("wave") && qty >= r.num("assembly.tht_wave_from_qty", Double.MAX_VALUE);
                double rate = pr.path(wave ? "wave" : "hand").asDouble();
                out.add(LineItem.of(Bucket.VARIABLE, "assembly", "THT pins (" + (wave ? "wave" : "hand") + ")",
                        a.thtPins() + " pins/board × " + qty, "assembly.tht_pin_rate", r.rate("assembly.tht_pin_rate").currency()
                                + " " + Fmt.n(rate) + "/pin [" + r.rate("assembly.tht_pin_rate").source() + "]",
                        (double) a.thtPins() * qty, rate * r.factor("assembly.tht_pin_rate"), "conversion"));
            }
            if (r.has("assembly.tht_part_rate")) {
                out.add(LineItem.of(Bucket.VARIABLE, "assembly", "THT parts", a.thtParts() + " parts/board × " + qty,
                        "assembly.tht_part_rate", r.rate("assembly.tht_part_rate").describe(), (double) a.thtParts() * qty,
                        r.money("assembly.tht_part_rate"), "conversion"));
            }
            perRun(out, "assembly.tht_setup", "THT setup", "any THT", 1);
        }
        if (r.has("assembly.startup_small")) {
            JsonNode s = r.node("assembly.startup_small");
            if (qty < s.path("belowQty").asInt()) {
                out.add(LineItem.lump(Bucket.SETUP, "assembly", "small-batch start-up", "qty " + qty + " < "
                                + s.path("belowQty").asInt() + ": per run", "assembly.startup_small",
                        r.rate("assembly.startup_small").currency() + " " + Fmt.n(s.path("fee").asDouble()) + " ["
                                + r.rate("assembly.startup_small").source() + "]",
                        s.path("fee").asDouble() * r.factor("assembly.startup_small"), "conversion"));
            }
        }
        return out;
    }

    /** AISLER's manual price: setup (+ double-sided) + per part (SMT and THT) × Q. */
    private List<LineItem> manual(AssemblyFigures a, int qty) {
        JsonNode m = r.node("assembly.manual");
        double f = r.factor("assembly.manual");
        String src = " [" + r.rate("assembly.manual").source() + "]";
        String c = r.rate("assembly.manual").currency() + " ";
        List<LineItem> out = new ArrayList<>();
        double setup = m.path("setup").asDouble() + (a.sides() > 1 ? m.path("doubleSided").asDouble() : 0);
        out.add(LineItem.lump(Bucket.SETUP, "assembly", "manual assembly setup", "manual is cheaper than automatic at qty "
                + qty, "assembly.manual", c + Fmt.n(setup) + src, setup * f, "conversion"));
        int parts = a.smtPlacements() + a.thtParts();
        out.add(LineItem.of(Bucket.VARIABLE, "assembly", "manual placement", parts + " parts/board × " + qty, "assembly.manual",
                c + Fmt.n(m.path("perPart").asDouble()) + "/part" + src, (double) parts * qty, m.path("perPart").asDouble() * f,
                "conversion"));
        return out;
    }

    private void perRun(List<LineItem> out, String key, String name, String basis, int count) {
        if (r.has(key) && count > 0) {
            out.add(LineItem.of(Bucket.SETUP, "assembly", name, basis + ", per run", key, r.rate(key).describe(), count,
                    r.money(key), "conversion"));
        }
    }

    /** JLC cart rule: the assembly charge per board is at least the minimum; the shortfall is a line. */
    private void minimumPerBoard(List<LineItem> out, int qty) {
        double min = r.money("assembly.min_per_board");
        if (min <= 0) {
            return;
        }
        double perBoard = sum(out) / qty;
        if (perBoard < min) {
            out.add(LineItem.of(Bucket.VARIABLE, "assembly", "minimum per board", "assembly " + Fmt.n(perBoard)
                    + "/board < minimum: shortfall × " + qty, "assembly.min_per_board",
                    r.rate("assembly.min_per_board").describe(), qty, min - perBoard, "conversion"));
        }
    }

    private void stencil(List<LineItem> out, AssemblyFigures a, BoardSpec board, boolean repeat) {
        if (!r.has("assembly.stencil") || a.smtPlacements() == 0) {
            return;
        }
        JsonNode s = r.node("assembly.stencil");
        Bucket bucket = Bucket.valueOf(s.path("bucket").asText("NRE"));
        if (bucket == Bucket.NRE && repeat) {
            return;
        }
        double fixed = s.path("fixed").asDouble();
        double perCm2 = s.path("perCm2").asDouble() * board.areaCm2();
        boolean fixedOnce = s.path("fixedOnce").asBoolean(false);
        String when = bucket == Bucket.NRE ? ", once per design" : ", per order";
        String rateText = r.rate("assembly.stencil").currency() + " " + Fmt.n(fixed) + (s.has("perCm2") ? " + "
                + Fmt.n(s.path("perCm2").asDouble()) + "/cm²" : "") + (fixedOnce ? " (area part per side)" : " per side")
                + " [" + r.rate("assembly.stencil").source() + "]";
        String group = bucket == Bucket.NRE ? "nre" : "conversion";
        if (fixedOnce) {
            // AISLER: 5 + 0.095/cm² × area, the area part doubled when both sides have pads
            out.add(LineItem.lump(bucket, "assembly", "stencil", Fmt.n(fixed) + " + " + a.sides() + " side(s) × "
                    + Fmt.n(s.path("perCm2").asDouble()) + "/cm² × " + Fmt.n(board.areaCm2()) + " cm²" + when, "assembly.stencil",
                    rateText, (fixed + perCm2 * a.sides()) * r.factor("assembly.stencil"), group));
            return;
        }
        String basis = a.sides() + " side(s) × " + Fmt.n(fixed)
                + (s.has("perCm2") ? " + " + Fmt.n(s.path("perCm2").asDouble()) + "/cm² × " + Fmt.n(board.areaCm2()) + " cm²" : "")
                + when;
        out.add(LineItem.of(bucket, "assembly", "stencil", basis, "assembly.stencil", rateText, a.sides(),
                (fixed + perCm2) * r.factor("assembly.stencil"), group));
    }

    private void test(List<LineItem> out, AssemblyFigures a, int qty, boolean repeat) {
        perBoard(out, "test.aoi", "AOI", qty, true);
        perBoard(out, "test.xray", "X-ray (" + a.bga() + " BGA)", qty, a.bga() > 0);
        perBoard(out, "test.fpt", "flying-probe test", qty, true);
        if (r.has("test.fpt_program") && !repeat) {
            JsonNode p = r.node("test.fpt_program");
            double hours = p.path("days").asDouble() * p.path("hoursPerDay").asDouble();
            out.add(LineItem.of(Bucket.NRE, "test", "flying-probe program", Fmt.n(p.path("days").asDouble()) + " d × "
                            + Fmt.n(p.path("hoursPerDay").asDouble()) + " h, once per design", "test.fpt_program",
                    r.rate("test.fpt_program").currency() + " " + Fmt.n(p.path("rate").asDouble()) + "/h ["
                            + r.rate("test.fpt_program").source() + "]", hours,
                    p.path("rate").asDouble() * r.factor("test.fpt_program"), "nre"));
        }
    }

    private void perBoard(List<LineItem> out, String key, String name, int qty, boolean applies) {
        if (applies && r.has(key) && r.money(key) > 0) {
            out.add(LineItem.of(Bucket.VARIABLE, "test", name, qty + " boards", key, r.rate(key).describe(), qty,
                    r.money(key), "conversion"));
        }
    }

    static double sum(List<LineItem> lines) {
        return lines.stream().mapToDouble(LineItem::amount).sum();
    }
}
