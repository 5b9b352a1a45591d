/**
 * The assembly side of an ODB++ step: {@code eda/data} (packages, nets and the features each net
 * touches) and the component layers {@code comp_+_top} / {@code comp_+_bot} as
 * {@link com.fabwright.assembly.Placement}s.
 */
package com.fabwright.odb.assembly;
