/**
 * Quote documents out: an XLSX workbook whose totals are live formulas over the line breakdown
 * (evaluated before saving), and a PDF customer quote with a configurable company header, validity
 * and lead time. No JavaFX here.
 */
package com.fabwright.export;
