/**
 * The application's view of a job: {@code com.fabwright.job.JobLoader} (gerber-parser) expands,
 * sniffs, identifies and reads the files; {@link com.fabwright.app.job.JobLoader} adds what the
 * command line and the window need on top, the geometry of every layer (Gerber and drill) and the
 * {@code com.fabwright.board.Board}, and lets the user correct an identification
 * ({@link com.fabwright.app.job.Job#withLayer}). No JavaFX here.
 */
package com.fabwright.app.job;
