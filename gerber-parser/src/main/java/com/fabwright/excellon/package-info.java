/**
 * Excellon NC drill and route files (IPC-NC-349 / Excellon CNC-7 "Excellon format" as written by
 * KiCad, Altium, Allegro, EAGLE, EasyEDA, DipTrace, Mentor, PADS, gEDA and others) read exactly
 * into a {@link com.fabwright.excellon.DrillFile}: tools, hits, slots, plating and layer span.
 * The pipeline mirrors the Gerber reader: lines -> commands ({@code command}) -> interpreter with
 * the modal state ({@code interpret}) -> immutable model. When a file does not state its coordinate
 * format, {@link com.fabwright.excellon.ExcellonFormatResolver} chooses the reading whose holes land
 * on the job's copper pads and says so in a warning.
 */
package com.fabwright.excellon;
