package com.fabwright.job.archive;

/**
 * What one job may still extract: bytes and entries left under its {@link ArchiveLimits}, shared
 * by all archives of the job so that many small bombs add up like one big one. Not thread-safe:
 * archives of a job are extracted one after another.
 */
public final class ExtractionBudget {
    private final ArchiveLimits limits;
    private long bytes;
    private int entries;

    public ExtractionBudget(ArchiveLimits limits) {
        this.limits = limits;
    }

    public ArchiveLimits limits() {
        return limits;
    }

    /** Bytes written so far. */
    public long bytes() {
        return bytes;
    }

    /** Entries seen so far. */
    public int entries() {
        return entries;
    }

    /** Counts one entry; false when that goes over the cap. */
    boolean takeEntry() {
        entries++;
        return entries <= limits.maxEntries();
    }

    /** Counts {@code n} bytes; false when that goes over the cap. */
    boolean takeBytes(long n) {
        bytes += n;
        return bytes <= limits.maxExpandedBytes();
    }
}
