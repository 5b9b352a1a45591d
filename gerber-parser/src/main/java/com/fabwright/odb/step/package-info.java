/**
 * ODB++ steps (spec "steps"): each step's header ({@code stephdr}: datum, origin and
 * step-and-repeat tables), and the choice of the board step among pcb and panel/array steps.
 */
package com.fabwright.odb.step;
