package com.fabwright.app.job;

import java.nio.file.Path;

/**
 * One file of a job before it is read.
 *
 * @param file        where it is on disk (inside a temporary folder for archive entries)
 * @param displayPath how the user knows it: relative to the folder given, {@code board.zip!/gerber/top.gbr}
 *                    for an archive entry, or the argument itself for a single file
 */
public record JobEntry(Path file, String displayPath) {
}
