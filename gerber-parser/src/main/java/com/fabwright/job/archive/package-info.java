/**
 * Safe expansion of job inputs: archives are hostile until proven otherwise (DESIGN.md
 * "Untrusted input"). Path checks against zip-slip, no links created, real decompressed bytes
 * and entries counted against {@link com.fabwright.job.archive.ArchiveLimits}, nesting bounded.
 */
package com.fabwright.job.archive;
