/**
 * Tables as customers send them: CSV, TSV, semicolon and whitespace-aligned text (KiCad {@code .pos},
 * Altium/Protel pick-and-place {@code .txt}, gEDA {@code .xy}), XLSX and XLS, read into rows of cell
 * text with their row numbers, with the delimiter, quoting and encoding sniffed; and the matching of
 * header cells to fields by synonyms with a confidence. The BOM and placement readers build on it.
 */
package com.fabwright.assembly.table;
