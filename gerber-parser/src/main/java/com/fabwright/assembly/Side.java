package com.fabwright.assembly;

/** The board side a part is mounted on; bottom parts are seen mirrored from the top. */
public enum Side {
    TOP, BOTTOM;

    /** The lower-case name used in JSON ({@code "top"}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
