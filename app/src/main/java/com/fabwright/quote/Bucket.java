package com.fabwright.quote;

/**
 * Where a cost sits (quote-model.md §2.2, Energetika's four buckets): paid once per design revision
 * ({@link #NRE}), once per production run ({@link #SETUP}), per board ({@link #VARIABLE}), or passed
 * through at cost ({@link #PASSTHROUGH}: components, freight).
 */
public enum Bucket {
    NRE, SETUP, VARIABLE, PASSTHROUGH
}
