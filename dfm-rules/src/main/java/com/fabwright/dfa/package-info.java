/**
 * Design-for-assembly analyses on the parts of a job: the cross-check of the BOM, the placements
 * and the board (designators missing on either side, duplicates, near-misses, DNP parts placed,
 * placements outside the outline, SMD centroids off their pads, THT parts off plated holes, sides
 * inconsistent with the copper and paste). Every finding is a {@link com.fabwright.dfm.Violation}
 * with a rule id {@code assembly.*}.
 */
package com.fabwright.dfa;
