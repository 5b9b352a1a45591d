package com.fabwright.quote;

/** Where a quote input comes from: measured from the job's files, entered by the user, or a default. */
public enum Origin {
    MEASURED, ENTERED, DEFAULT
}
