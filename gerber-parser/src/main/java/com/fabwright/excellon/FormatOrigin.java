package com.fabwright.excellon;

/** Where the coordinate format a {@link DrillFile} was read with came from, strongest evidence first. */
public enum FormatOrigin {
    /** The caller imposed it ({@link ExcellonReader#read(String, byte[], ExcellonFormat)}). */
    FORCED,
    /** The header stated units, zeros and digits ({@code METRIC,TZ,000.000}, {@code FMAT,2} decimal...). */
    HEADER,
    /** A comment completed the header: {@code ;FILE_FORMAT=2:5} (Altium, EasyEDA), {@code ;FORMAT={...}} (KiCad, Mentor). */
    COMMENT,
    /** Allegro's {@code nc_param.txt} next to the file. */
    NC_PARAM,
    /** Chosen by the job-level alignment search ({@link ExcellonFormatResolver}) among several readings. */
    ALIGNED,
    /** Something was not stated and a default or a guess from the digits was used (a warning says what). */
    DEFAULT_ASSUMED
}
