/** Aperture macros (Gerber spec 4.5): templates, expressions and their evaluation. */
package com.fabwright.gerber.macro;
