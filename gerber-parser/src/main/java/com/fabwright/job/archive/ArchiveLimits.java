package com.fabwright.job.archive;

/**
 * Caps that keep a hostile archive (zip bomb, millions of entries, archives inside archives) from
 * filling the disk or running forever. Each, when reached, stops extraction with a clear error
 * naming the archive; what was extracted before stays usable.
 *
 * @param maxExpandedBytes total bytes written for one job, all archives together
 * @param maxEntries       total archive entries (files, folders, links) for one job
 * @param maxNestingDepth  how many levels of archives inside archives are opened (1: an archive in
 *                         the job may contain archives, which are opened; archives inside those are not)
 */
public record ArchiveLimits(long maxExpandedBytes, int maxEntries, int maxNestingDepth) {

    /** 2 GB, 10,000 entries, one nested level. */
    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(2L * 1024 * 1024 * 1024, 10_000, 1);

    public ArchiveLimits {
        if (maxExpandedBytes < 0 || maxEntries < 0 || maxNestingDepth < 0) {
            throw new IllegalArgumentException("archive limits must not be negative");
        }
    }

    public ArchiveLimits withMaxExpandedBytes(long v) {
        return new ArchiveLimits(v, maxEntries, maxNestingDepth);
    }

    public ArchiveLimits withMaxEntries(int v) {
        return new ArchiveLimits(maxExpandedBytes, v, maxNestingDepth);
    }

    public ArchiveLimits withMaxNestingDepth(int v) {
        return new ArchiveLimits(maxExpandedBytes, maxEntries, v);
    }
}
