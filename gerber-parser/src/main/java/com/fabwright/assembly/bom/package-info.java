/**
 * Bills of materials from any tool: CSV/TSV/semicolon text, XLSX and XLS, with the header row found
 * wherever it is, columns mapped by synonyms (with a confidence, correctable by a
 * {@link com.fabwright.assembly.table.ColumnOverride}), reference-designator lists and ranges,
 * repeated headers and sections (a fitted table followed by a "DNI parts" table), DNP/DNI/Fitted
 * columns and quantity checks. Diagnostic codes {@code BOM-}: see {@code docs/diagnostics.md}.
 */
package com.fabwright.assembly.bom;
