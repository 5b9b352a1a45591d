package com.fabwright.dfa;

import java.util.Locale;

/**
 * The loose form of a designator used to find near-misses between a BOM and a placement file:
 * upper case, without the characters CAD tools add or drop ({@code $ _ - . space}, EAGLE's
 * {@code U$1}), numbers without leading zeros ({@code R01} = {@code R1}).
 */
final class RefdesKey {
    private RefdesKey() {
    }

    static String of(String refdes) {
        String s = refdes.toUpperCase(Locale.ROOT).replaceAll("[$_\\-. ]", "");
        return s.replaceAll("(?<![0-9])0+(?=[0-9])", "");
    }
}
