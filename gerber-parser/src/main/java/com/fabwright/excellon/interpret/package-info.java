/**
 * The Excellon interpreter: deciding the coordinate format from what the file (and Allegro's
 * {@code nc_param.txt}) states and, where it is silent, from the digits
 * ({@link com.fabwright.excellon.interpret.FormatDetector}); decoding coordinates exactly
 * ({@link com.fabwright.excellon.interpret.CoordinateDecoder}); and running the drill/route modal
 * state machine ({@link com.fabwright.excellon.interpret.ExcellonInterpreter}).
 */
package com.fabwright.excellon.interpret;
