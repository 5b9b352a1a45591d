/**
 * Excellon output: {@link com.fabwright.excellon.write.ExcellonWriter} writes drilled hits and
 * milled slots as an Excellon file in the form KiCad writes (metric, decimal coordinates with up to
 * six decimals, so nanometre coordinates are exact) with X2-style {@code ; #@! TF}/{@code TA}
 * attribute comments that Fabwright's reader and the CAD tools understand.
 */
package com.fabwright.excellon.write;
