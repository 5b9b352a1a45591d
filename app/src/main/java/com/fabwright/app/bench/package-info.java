/**
 * The {@code bench} command's measurements: reading speed, geometry time and peak heap per job.
 * Speed is measured here and printed, never asserted in timed unit tests (DESIGN.md, Testing).
 */
package com.fabwright.app.bench;
