/**
 * Excellon lines and commands: {@link com.fabwright.excellon.command.ExcellonLexer} splits bytes
 * into lines with their places, {@link com.fabwright.excellon.command.CommandParser} turns each line
 * into {@link com.fabwright.excellon.command.ExcellonCommand}s that keep coordinates as raw strings
 * (their meaning depends on the format the interpreter holds) and understands the comments CAD
 * tools use to state formats, plating and X2-style attributes. No modal state lives here.
 */
package com.fabwright.excellon.command;
