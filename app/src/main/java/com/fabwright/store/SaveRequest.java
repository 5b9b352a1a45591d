package com.fabwright.store;

import java.util.List;

/**
 * What a save records besides the computed quote: the customer and RFQ (part numbers, the input files
 * with their hashes) and the document's validity and lead time.
 */
public record SaveRequest(String customer, String cpn, String cpnRev, String ipn, List<RfqFile> files,
                          String validUntil, String leadTime) {
    public SaveRequest {
        files = List.copyOf(files);
    }

    public static SaveRequest of(String customer) {
        return new SaveRequest(customer, null, null, null, List.of(), null, null);
    }
}
