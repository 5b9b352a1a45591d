/**
 * The DFM rules, one class per stable rule id (CLI.md "Profiles"): copper widths and clearances,
 * annular rings, hole clearances and sizes, edge distances, outline, silkscreen, mask and assembly checks.
 */
package com.fabwright.dfm.rules;
