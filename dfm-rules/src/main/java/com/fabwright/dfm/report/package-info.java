/**
 * DFM reports: the {@code dfm --json} document of CLI.md, CSV, and a self-contained HTML report
 * with the board drawn, a marker per finding and a zoomed picture of each.
 */
package com.fabwright.dfm.report;
