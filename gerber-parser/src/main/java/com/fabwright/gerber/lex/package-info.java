/** The Gerber lexer: bytes to words with their places. */
package com.fabwright.gerber.lex;
