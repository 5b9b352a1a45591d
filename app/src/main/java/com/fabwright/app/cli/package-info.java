/**
 * The command line ({@code fabwright info|render|gui|bench}), built with picocli, following the
 * contract in {@code CLI.md}: names, options, JSON fields and exit codes ({@link com.fabwright.app.cli.ExitCodes}).
 * Human output goes to stdout, diagnostics to stderr in compiler style. No JavaFX here.
 */
package com.fabwright.app.cli;
