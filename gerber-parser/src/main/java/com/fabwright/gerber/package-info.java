/**
 * Gerber RS-274X/X2/X3 reading: {@link com.fabwright.gerber.GerberReader} turns a file into an
 * {@link com.fabwright.image.Image} with diagnostics.
 */
package com.fabwright.gerber;
