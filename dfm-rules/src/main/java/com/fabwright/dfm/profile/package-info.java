/**
 * DFM capability profiles: JSON files naming the rules to run with their limits, warning bands,
 * copper-weight dependent thresholds and sources; shipped ones live in this package's resources.
 */
package com.fabwright.dfm.profile;
