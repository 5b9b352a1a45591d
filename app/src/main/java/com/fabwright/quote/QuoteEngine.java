package com.fabwright.quote;

import com.fabwright.quote.panel.PanelCalculator;
import com.fabwright.quote.panel.PanelFit;
import com.fabwright.quote.rates.RateProfile;
import com.fabwright.quote.rates.Rates;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the five blocks of quote-model.md §6 for every quantity break: panel fit (P), bare board (F),
 * components (M), assembly and test (A), roll-up ($). Pure: the same inputs and profile always give
 * the same quote.
 */
public final class QuoteEngine {
    private final RateProfile profile;
    private final Rates rates;

    public QuoteEngine(RateProfile profile) {
        this.profile = profile;
        this.rates = new Rates(profile);
    }

    /** The production-panel fit of the board in its delivery format. */
    public PanelFit panelFit(BoardSpec b, Delivery d) {
        int layers = b.layers().or(2);
        double border = layers > 2 ? rates.num("panel.border_ml_mm", 19.05) : rates.num("panel.border_2l_mm", 12.7);
        PanelCalculator calc = new PanelCalculator(rates.num("panel.width_mm", 457.2), rates.num("panel.height_mm", 609.6),
                border, rates.num("panel.gap_mm", 2.54));
        double w = b.widthMm().value();
        double h = b.heightMm().value();
        return calc.fit(d.unitWidth(w), d.unitHeight(h), d.boardsPerUnit(), w, h);
    }

    /** The quote for these inputs. Throws {@link IllegalArgumentException} when the board size is unknown. */
    public Quote quote(QuoteInputs in) {
        BoardSpec b = in.board();
        if (!b.widthMm().known() || !b.heightMm().known()) {
            throw new IllegalArgumentException("board size unknown: the job has no outline; enter --width and --height");
        }
        List<String> warnings = new ArrayList<>();
        if (!b.layers().known()) {
            warnings.add("copper layer count unknown: priced as 2 layers");
        }
        if (!b.minTrackMm().known() && !b.minGapMm().known()) {
            warnings.add("smallest track/gap not measured nor entered: no fine-line adder applied");
        }
        PanelFit fit = panelFit(b, in.delivery());
        if (fit.boardsPerPanel() == 0) {
            throw new IllegalArgumentException("the delivery unit does not fit the production panel");
        }
        FabBlock fab = new FabBlock(rates);
        ComponentsBlock comp = new ComponentsBlock(rates);
        AssemblyBlock assy = new AssemblyBlock(rates);
        RollUp roll = new RollUp(rates);
        List<QuoteBreak> breaks = new ArrayList<>();
        for (int qty : in.quantities()) {
            List<LineItem> lines = new ArrayList<>();
            lines.addAll(fab.lines(b, qty, fit, in.repeat()));
            lines.addAll(comp.lines(in.bom(), qty));
            lines.addAll(assy.lines(in.assembly(), b, qty, in.repeat()));
            lines.addAll(roll.lines(lines));
            breaks.add(new QuoteBreak(qty, lines, fit.boardsPerPanel(), fit.panels(qty, 1.0)));
        }
        long unpriced = in.bom().stream().filter(l -> !l.consigned() && l.offer() == null).count();
        if (unpriced > 0) {
            warnings.add(unpriced + " BOM line(s) without a price: flagged PRICE MISSING, to fill before sending");
        }
        List<String> assumptions = new ArrayList<>(List.of(
                "prices from rate profile " + profile.id() + "; FX " + profile.fx().date() + " (" + profile.fx().source() + ")",
                "single boards unless an array is stated; X-outs accepted unless stated",
                "attrition per kitting policy; excess parts shipped with the order"));
        List<String> exclusions = new ArrayList<>(List.of("functional test, box build, firmware, certification",
                "taxes, duties and freight unless listed", "NCNR / long-lead parts (flagged separately)"));
        if (in.bom().isEmpty()) {
            exclusions.add(0, "components: no BOM given (consigned or to be quoted)");
        }
        if (!in.assembly().any()) {
            exclusions.add(0, "assembly: no placement figures given (bare boards)");
        }
        boolean spread = "spread".equals(rates.word("rollup.nre_mode", "apart"));
        return new Quote(profile.id(), profile.currency(), profile.fx(), in, fit, breaks, spread, warnings, assumptions,
                exclusions);
    }
}
