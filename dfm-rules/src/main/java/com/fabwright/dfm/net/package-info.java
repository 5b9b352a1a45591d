/**
 * Nets for DFM: which copper belongs to which conductor, from X2 attributes, an IPC-D-356 netlist,
 * connectivity through plated holes, or islands; the report names the source used.
 */
package com.fabwright.dfm.net;
