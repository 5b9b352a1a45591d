/**
 * What the customer says about the parts: BOM lines, placements (CPL / pick-and-place), and the
 * assembly statistics a quote needs. The records here are shared by the DFA rules in
 * {@code dfm-rules} and the quote in {@code app}.
 */
package com.fabwright.assembly;
