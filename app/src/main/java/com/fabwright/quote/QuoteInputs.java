package com.fabwright.quote;

import java.util.List;

/**
 * Everything a quote is computed from besides the rates: the board, the delivery format, the
 * assembly counts, the BOM lines with the prices found, and the quantity breaks.
 *
 * @param board      the bare board
 * @param delivery   single boards or an array
 * @param assembly   assembly counts ({@link AssemblyFigures#NONE} for bare boards)
 * @param bom        BOM lines (empty: components not quoted, said in the exclusions)
 * @param quantities quantity breaks, ascending
 * @param repeat     a repeat order: one-time fab and assembly costs are waived [S-MACAOS-REF]
 */
public record QuoteInputs(BoardSpec board, Delivery delivery, AssemblyFigures assembly, List<ComponentLine> bom,
                          List<Integer> quantities, boolean repeat) {
    public QuoteInputs {
        bom = List.copyOf(bom);
        quantities = quantities.stream().sorted().distinct().toList();
        if (quantities.isEmpty() || quantities.get(0) < 1) {
            throw new IllegalArgumentException("quantities must be one or more positive numbers");
        }
    }
}
