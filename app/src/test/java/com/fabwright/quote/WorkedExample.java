package com.fabwright.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The worked example of reference/quote-model.md §7 (quote-model-files/model.py): 4-layer 100 × 80 mm,
 * ENIG, impedance-controlled, 250 SMT placements on 44 lines (2 BGAs), 12 THT parts on 6 lines, the
 * ILLUSTRATIVE placeholder price breaks of model.py (USD), folded lines expanded one MPN per line.
 */
public final class WorkedExample {
    private WorkedExample() {
    }

    /** {class, lines, qty per line, pads, breaks...} as in model.py's BOM. */
    private static final Object[][] BOM = {
            {PricingClass.CHIP_0402, 20, 9, 2, Map.of(1L, .10, 10L, .035, 100L, .011, 1000L, .0035, 10000L, .0012)},
            {PricingClass.CHIP_0603, 6, 5, 2, Map.of(1L, .10, 10L, .04, 100L, .013, 1000L, .005, 5000L, .002)},
            {PricingClass.SOT, 4, 3, 3, Map.of(1L, .30, 10L, .20, 100L, .10, 1000L, .05, 3000L, .035)},
            {PricingClass.SOT, 1, 2, 3, Map.of(1L, .30, 10L, .20, 100L, .10, 1000L, .05, 3000L, .035)},
            {PricingClass.IC, 4, 2, 14, Map.of(1L, 1.20, 10L, 1.05, 100L, .80, 1000L, .60)},
            {PricingClass.QFN, 2, 3, 25, Map.of(1L, 2.50, 10L, 2.20, 100L, 1.80, 1000L, 1.40)},
            {PricingClass.QFN, 2, 2, 25, Map.of(1L, 2.50, 10L, 2.20, 100L, 1.80, 1000L, 1.40)},
            {PricingClass.QFP_FINE, 1, 2, 64, Map.of(1L, 4.00, 10L, 3.60, 100L, 3.00, 1000L, 2.50)},
            {PricingClass.BGA, 1, 1, 256, Map.of(1L, 14.0, 10L, 12.8, 100L, 11.0, 1000L, 9.50)},
            {PricingClass.BGA, 1, 1, 96, Map.of(1L, 4.50, 10L, 4.10, 100L, 3.60, 1000L, 3.10)},
            {PricingClass.CHIP_0603, 2, 2, 3, Map.of(1L, .60, 10L, .45, 100L, .30, 1000L, .20)},
            {PricingClass.THT_ACTIVE, 1, 1, 20, Map.of(1L, 1.20, 10L, 1.00, 100L, .80, 1000L, .60)},
            {PricingClass.THT_ACTIVE, 1, 1, 6, Map.of(1L, .90, 10L, .75, 100L, .60, 1000L, .45)},
            {PricingClass.THT_ACTIVE, 1, 2, 4, Map.of(1L, 1.10, 10L, .95, 100L, .75, 1000L, .55)},
            {PricingClass.THT_DISCRETE, 1, 4, 2, Map.of(1L, .25, 10L, .18, 100L, .10, 1000L, .06)},
            {PricingClass.THT_DISCRETE, 1, 2, 4, Map.of(1L, .20, 10L, .15, 100L, .08, 1000L, .05)},
            {PricingClass.THT_DISCRETE, 1, 2, 3, Map.of(1L, .15, 10L, .10, 100L, .05, 1000L, .03)},
    };

    @SuppressWarnings("unchecked")
    public static List<ComponentLine> bom() {
        List<ComponentLine> out = new ArrayList<>();
        int n = 0;
        for (Object[] row : BOM) {
            PricingClass c = (PricingClass) row[0];
            Map<Long, Double> breaks = new LinkedHashMap<>((Map<Long, Double>) row[4]);
            for (int i = 0; i < (int) row[1]; i++) {
                n++;
                String mpn = "EX-" + c.key() + "-" + n;
                List<PriceBreak> pb = breaks.entrySet().stream().map(e -> new PriceBreak(e.getKey(), e.getValue())).toList();
                out.add(new ComponentLine("L" + n, mpn, (int) row[2], c, (int) row[3], false,
                        new Offer(mpn, "placeholder", 1, 1, null, "USD", pb, "2026-07-08")));
            }
        }
        return out;
    }

    public static BoardSpec board() {
        return new BoardSpec(Input.entered(100.0), Input.entered(80.0), Input.entered(4), Input.entered(1.6),
                Input.entered("ENIG"), Input.entered(1.0), Input.entered("FR4"), Input.unknown(), Input.unknown(),
                Input.unknown(), Input.unknown(), Input.entered(true), Set.of());
    }

    public static QuoteInputs inputs(List<Integer> qty) {
        List<ComponentLine> bom = bom();
        return new QuoteInputs(board(), Delivery.SINGLE, AssemblyFigures.of(bom, 1, "worked example"), bom, qty, false);
    }
}
