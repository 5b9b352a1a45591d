package com.fabwright.gerber.lex;

/**
 * One Gerber word: the text between delimiters, without its terminating {@code *} and without
 * line breaks (Gerber spec 3.3-3.4). Extended-command words come from inside {@code %...%}; the
 * first word of each such block is marked, so a macro ({@code %AM...*prim*prim*%}) can be
 * regrouped by the parser.
 *
 * @param text       the word's characters
 * @param extended   whether the word lies inside a {@code %...%} block
 * @param blockStart whether it is the first word of its {@code %...%} block
 * @param line       1-based line of the word's first character
 * @param column     1-based column of the word's first character
 */
public record Word(String text, boolean extended, boolean blockStart, int line, int column) {
}
