package com.fabwright.dfm.net;

/**
 * Where the nets of a DFM run come from, best first. Reports say which one was used: with
 * {@code ISLANDS}, every separate piece of copper counts as its own net, so copper that a trace on
 * another layer would join can be reported as a clearance problem.
 */
public enum NetSource {
    /** Gerber X2 {@code .N} object attributes. */
    X2,
    /** An IPC-D-356 netlist in the job, its test points naming the connected copper they land on. */
    IPC_D_356,
    /** Copper connectivity extracted from the layers, joined through plated holes. */
    CONNECTIVITY,
    /** Separate copper islands per layer (no plated holes either). */
    ISLANDS;

    /** The lower-case label used in reports ({@code ipc-d-356}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
