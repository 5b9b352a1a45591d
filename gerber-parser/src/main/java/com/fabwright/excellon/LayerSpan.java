package com.fabwright.excellon;

/**
 * The copper layers a drill file connects, as 1-based copper layer numbers from the top, taken from
 * KiCad's X2-style {@code ; #@! TF.FileFunction,Plated,1,4,PTH} comment (Gerber spec 5.6.3 semantics).
 *
 * @param from first copper layer, 1 = top
 * @param to   last copper layer
 */
public record LayerSpan(int from, int to) {
}
