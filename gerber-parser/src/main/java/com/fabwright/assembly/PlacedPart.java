package com.fabwright.assembly;

/**
 * One fitted part as assembly counts it: the placement, its package class (from its footprint and
 * pads), how it is soldered, and its solder joints (pads, or pins of a through-hole part). The
 * per-part view behind {@link AssemblyStatistics}: summing {@code joints} by mount gives its
 * {@code smtJoints} and {@code thtPins}.
 *
 * @param placement the placement
 * @param pkg       the package class
 * @param mount     SMT or THT, as {@link AssemblyStatisticsCalculator#mount} decides
 * @param joints    solder joints: the pin count of the class when known, else 2
 */
public record PlacedPart(Placement placement, PackageClass pkg, MountType mount, int joints) {
}
