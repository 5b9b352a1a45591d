/**
 * ODB++ layer features (spec "features file"): the symbol table ({@code $n name}), attribute
 * names and texts ({@code @n}, {@code &n}), and the records P (pad), L (line), A (arc), S (surface
 * with OB/OS/OC/OE islands and holes, SE), T (text) and B (barcode), read into
 * {@link com.fabwright.image.Image} objects. Standard symbols (spec appendix "Standard symbols")
 * become apertures; user-defined symbols ({@code symbols/<name>/features}) are expanded in place.
 */
package com.fabwright.odb.features;
