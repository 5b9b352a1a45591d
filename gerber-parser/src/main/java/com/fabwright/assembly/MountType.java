package com.fabwright.assembly;

/** How a part is soldered: surface mount, through hole, or not known from the data. */
public enum MountType {
    SMT, THT, UNKNOWN
}
