/**
 * Analyses on the board model: board metrics, DFM/DFA rules with their profiles, panelization.
 * Depends on {@code gerber-parser} only; never on the application or on JavaFX.
 */
package com.fabwright.dfm;
