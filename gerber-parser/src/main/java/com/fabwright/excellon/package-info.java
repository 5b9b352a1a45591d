/**
 * Excellon NC drill and route files (IPC-NC-349 / Excellon CNC-7 "Excellon format" as written by
 * KiCad, Altium, Allegro, EAGLE, EasyEDA, DipTrace, Mentor, PADS, gEDA and others) read exactly
 * into a {@link com.fabwright.excellon.DrillFile}: tools, hits, slots, plating and layer span.
 * The pipeline mirrors the Gerber reader: lines -> commands ({@code command}) -> interpreter with
 * the modal state ({@code interpret}) -> immutable model. When a file does not state its coordinate
 * format, {@link com.fabwright.excellon.ExcellonFormatResolver} chooses the reading whose holes land
 * on the job's copper pads and says so in a warning.
 *
 * <h2>Diagnostic codes</h2>
 * <table>
 * <caption>DRL- codes</caption>
 * <tr><td>DRL-E001</td><td>file larger than {@code InputLimits.maxFileBytes}; not read</td></tr>
 * <tr><td>DRL-E002</td><td>file cannot be opened or read</td></tr>
 * <tr><td>DRL-E003</td><td>not an Excellon file: binary, or no header, tool or coordinate at all</td></tr>
 * <tr><td>DRL-E004</td><td>a malformed known command (tool or repeat number, G/M code, diameter not a number); block ignored</td></tr>
 * <tr><td>DRL-E005</td><td>a tool selected that is not in the file's tool table; holes kept with unknown diameter</td></tr>
 * <tr><td>DRL-E006</td><td>more holes and slots than {@code InputLimits.maxObjectsPerLayer}; reading stops</td></tr>
 * <tr><td>DRL-E007</td><td>a coordinate that is not a number; block ignored</td></tr>
 * <tr><td>DRL-W001</td><td>units not stated; inch or mm assumed from the tool sizes</td></tr>
 * <tr><td>DRL-W002</td><td>zero suppression not stated; guessed from the digits</td></tr>
 * <tr><td>DRL-W003</td><td>digits not stated; 2:4 inch / 3:3 metric assumed</td></tr>
 * <tr><td>DRL-W004</td><td>tool selected in a file without any tool table; diameter unknown</td></tr>
 * <tr><td>DRL-W005</td><td>no M30 at the end; the file may be truncated</td></tr>
 * <tr><td>DRL-W006</td><td>content after M30/M00 ignored</td></tr>
 * <tr><td>DRL-W007</td><td>unknown or unsupported command (M97/M98 canned text, patterns, unknown words) ignored</td></tr>
 * <tr><td>DRL-W008</td><td>routed arc without radius/centre, full circle by radius, or radius below half the chord</td></tr>
 * <tr><td>DRL-W009</td><td>hole before any tool selection; kept with tool T0</td></tr>
 * <tr><td>DRL-W010</td><td>a format comment disagrees with the header; the header wins</td></tr>
 * <tr><td>DRL-W011</td><td>tool redefined with another diameter</td></tr>
 * <tr><td>DRL-W020</td><td>format not stated; chosen by alignment with the copper pads (with scores)</td></tr>
 * <tr><td>DRL-W021</td><td>stated format contradicted by the copper; the aligned reading used instead</td></tr>
 * <tr><td>DRL-W022</td><td>format not stated and no pads decided; a plausible reading assumed</td></tr>
 * <tr><td>DRL-I001</td><td>format taken from Allegro's nc_param.txt</td></tr>
 * <tr><td>DRL-I002</td><td>format imposed by the caller</td></tr>
 * </table>
 */
package com.fabwright.excellon;
