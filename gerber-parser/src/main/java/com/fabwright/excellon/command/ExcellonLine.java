package com.fabwright.excellon.command;

/**
 * One line of an Excellon file, without its line break, with surrounding blanks removed.
 *
 * @param text   the line's characters
 * @param line   1-based line number
 * @param column 1-based column of the first non-blank character
 */
public record ExcellonLine(String text, int line, int column) {
}
