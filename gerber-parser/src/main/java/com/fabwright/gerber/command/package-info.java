/** Gerber commands as data and the parser that makes them from words. */
package com.fabwright.gerber.command;
