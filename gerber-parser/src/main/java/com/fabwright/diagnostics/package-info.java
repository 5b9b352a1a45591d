/**
 * Diagnostics as data: every reader reports what it found, assumed or could not read as
 * {@link com.fabwright.diagnostics.Diagnostic} records with a stable code and a source place,
 * never as an exception that stops the rest of a job.
 */
package com.fabwright.diagnostics;
