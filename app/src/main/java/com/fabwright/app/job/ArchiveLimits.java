package com.fabwright.app.job;

/**
 * Archive caps as the application has always set them (entries, expanded bytes); the limits
 * themselves are applied by {@code com.fabwright.job.archive}, see {@link #toCore()}. Kept for the
 * callers that pass them ({@code bench}).
 *
 * @param maxEntries       most archive entries for one job
 * @param maxExpandedBytes most bytes written for one job
 */
public record ArchiveLimits(int maxEntries, long maxExpandedBytes) {
    /** The defaults of {@code com.fabwright.job.archive.ArchiveLimits}. */
    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(
            com.fabwright.job.archive.ArchiveLimits.DEFAULTS.maxEntries(),
            com.fabwright.job.archive.ArchiveLimits.DEFAULTS.maxExpandedBytes());

    public ArchiveLimits {
        if (maxEntries <= 0 || maxExpandedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The same caps for the job loader of gerber-parser. */
    public com.fabwright.job.archive.ArchiveLimits toCore() {
        return com.fabwright.job.archive.ArchiveLimits.DEFAULTS.withMaxEntries(maxEntries).withMaxExpandedBytes(maxExpandedBytes);
    }
}
