/**
 * A job: the files a customer sent, as the user gave them (files, folders, zip archives), each
 * sniffed, read and identified. {@link com.fabwright.app.job.JobLoader} is the one entry point
 * shared by the command line and the desktop window. No JavaFX here.
 */
package com.fabwright.app.job;
