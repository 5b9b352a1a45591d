package com.fabwright.app.job;

/**
 * Limits applied when a customer archive is expanded: customer files are hostile until proven
 * otherwise, so the number of entries and the bytes actually written are capped (a zip bomb
 * stops at the cap, whatever sizes its headers claim).
 *
 * @param maxEntries       most entries (files and folders) read from one archive
 * @param maxExpandedBytes most bytes written for all entries of one archive together
 */
public record ArchiveLimits(int maxEntries, long maxExpandedBytes) {
    /** 20,000 entries and 2 GiB: far above any real Gerber package, far below a full disk. */
    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(20_000, 2L * 1024 * 1024 * 1024);

    public ArchiveLimits {
        if (maxEntries <= 0 || maxExpandedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
