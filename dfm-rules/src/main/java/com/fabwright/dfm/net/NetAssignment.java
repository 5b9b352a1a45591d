package com.fabwright.dfm.net;

import java.util.List;

/**
 * The net of every copper object of a DFM run and where the nets come from.
 *
 * @param source   which source gave the nets
 * @param evidence one line for the report ({@code "X2 .N attributes on 2,041 of 2,050 copper objects"})
 * @param nets     per copper layer (top first), the net of each shaped object in order; {@code ""} for none
 */
public record NetAssignment(NetSource source, String evidence, List<List<String>> nets) {
    public NetAssignment {
        nets = nets.stream().map(List::copyOf).toList();
    }
}
