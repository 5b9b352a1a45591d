/**
 * The image model shared by every reader and every consumer: immutable graphical objects with
 * apertures, polarity and attributes, coordinates in nanometres. See Gerber Layer Format
 * Specification (Ucamco, 2024.05) chapters 2 and 4.
 */
package com.fabwright.image;
