package com.fabwright.dfm;

import com.fabwright.dfm.rules.AnnularRingRule;
import com.fabwright.dfm.rules.BoardSizeRule;
import com.fabwright.dfm.rules.CopperClearanceRule;
import com.fabwright.dfm.rules.CopperMinWidthRule;
import com.fabwright.dfm.rules.DrillAspectRatioRule;
import com.fabwright.dfm.rules.DrillClearanceRule;
import com.fabwright.dfm.rules.DrillMaxDiameterRule;
import com.fabwright.dfm.rules.DrillMinDiameterRule;
import com.fabwright.dfm.rules.DrillSlotMinWidthRule;
import com.fabwright.dfm.rules.DrillToEdgeRule;
import com.fabwright.dfm.rules.EdgeClearanceRule;
import com.fabwright.dfm.rules.HoleToHoleRule;
import com.fabwright.dfm.rules.OutlineClosedRule;
import com.fabwright.dfm.rules.SilkMinWidthRule;
import com.fabwright.dfm.rules.SilkToEdgeRule;
import com.fabwright.dfm.rules.MaskMissingOpeningRule;
import com.fabwright.dfm.rules.ComponentToEdgeRule;
import com.fabwright.dfm.rules.CentroidOffPadRule;
import com.fabwright.dfm.rules.FiducialsRule;
import com.fabwright.dfm.rules.MaskExpansionRule;
import com.fabwright.dfm.rules.MaskDamRule;
import com.fabwright.dfm.rules.CopperSliverRule;
import com.fabwright.dfm.rules.CopperAcidTrapRule;
import com.fabwright.dfm.rules.CopperStarvedThermalRule;
import com.fabwright.dfm.rules.PasteMissingRule;
import com.fabwright.dfm.rules.PasteStrayRule;
import com.fabwright.dfm.rules.SilkOverPadRule;
import java.util.List;
import java.util.Optional;

/** Every DFM rule Fabwright implements, by stable id. */
public final class DfmRules {
    private static final List<DfmRule> ALL = List.of(new CopperMinWidthRule(), new CopperClearanceRule(),
            new AnnularRingRule(), new DrillClearanceRule(), new EdgeClearanceRule(), new DrillMinDiameterRule(),
            new DrillMaxDiameterRule(), new HoleToHoleRule(), new DrillAspectRatioRule(), new DrillToEdgeRule(),
            new DrillSlotMinWidthRule(), new OutlineClosedRule(), new BoardSizeRule(), new SilkMinWidthRule(),
            new SilkToEdgeRule(), new SilkOverPadRule(), new MaskMissingOpeningRule(), new MaskExpansionRule(),
            new MaskDamRule(), new CopperSliverRule(), new CopperAcidTrapRule(),
            new CopperStarvedThermalRule(),
            new PasteMissingRule(), new PasteStrayRule(), new FiducialsRule(), new ComponentToEdgeRule(),
            new CentroidOffPadRule());

    private DfmRules() {
    }

    /** Every rule, in catalogue order. */
    public static List<DfmRule> all() {
        return ALL;
    }

    /** The rule with this id. */
    public static Optional<DfmRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
