/**
 * Layer identification: which layer each Gerber or drill file is, with a confidence and the
 * evidence, from X2 attributes, the Gerber job file, CAD file-name conventions and content hints
 * (see {@link com.fabwright.job.identify.LayerIdentifier} and
 * {@code reference/dfm-checks-and-layer-names.md} §5).
 */
package com.fabwright.job.identify;
