/**
 * Jobs: a customer data package (folders, zip/tar.gz archives, loose files, merged) loaded into
 * identified files. {@link com.fabwright.job.JobLoader} expands the inputs safely
 * ({@link com.fabwright.job.archive}), sniffs each file's {@link com.fabwright.job.FileKind},
 * identifies layers ({@link com.fabwright.job.identify}) and parses Gerber files in parallel.
 *
 * <p>Diagnostic codes of this package ({@code JOB-}): E001 input missing or unreadable; E002 archive
 * entry refused, absolute or climbing path (zip-slip); E003 archive link pointing outside refused;
 * E004 expanded-size cap reached; E005 entry-count cap reached; E006 archive damaged; E007 a file's
 * reader failed; E008 job file unreadable; W001 archive nested too deep, kept as a file; W003 link
 * or special entry skipped; W004 duplicate archive entry; W010 layer ambiguous (candidates listed);
 * W011 inner copper order not settled; W012 layer not identified.
 */
package com.fabwright.job;
