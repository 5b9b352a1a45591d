package com.fabwright.app.job;

/**
 * What a file was identified as, with how sure we are and why.
 *
 * @param id           canonical layer id ({@code top-copper}, {@code inner1-copper}, {@code bottom-mask},
 *                     {@code outline}...), usable as {@code --layer}
 * @param function     what the layer is for
 * @param side         board side
 * @param copperIndex  1-based copper layer number from the top ({@code L<n>}), or {@code null}
 * @param confidence   0..1; 0 when nothing identified the file
 * @param evidence     what the identification rests on, for a human
 * @param x2FileFunction the raw {@code .FileFunction} fields joined by commas, or {@code null}
 */
public record LayerIdentity(String id, LayerFunction function, Side side, Integer copperIndex,
                            double confidence, String evidence, String x2FileFunction) {

    /** Nothing identified the file. */
    public static LayerIdentity unknown(String evidence) {
        return new LayerIdentity("other", LayerFunction.OTHER, Side.NONE, null, 0.0, evidence, null);
    }
}
