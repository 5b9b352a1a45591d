package com.fabwright.panel;

/**
 * The panel asked for cannot be made, with the reason (a V-score line that would cross a board or
 * run along a curved edge, mouse bites without a router gap, a board without an outline...). The
 * command line prints the message and exits 2.
 */
public final class PanelRefusedException extends RuntimeException {
    public PanelRefusedException(String reason) {
        super(reason);
    }
}
