/**
 * Gerber output: {@link com.fabwright.gerber.write.GerberWriter} turns an {@link com.fabwright.image.Image}
 * back into an RS-274X file with X2 attributes (format 4.6 in millimetres, so every nanometre
 * coordinate of the model is written exactly), and {@link com.fabwright.gerber.write.ApertureBaker}
 * folds an object's aperture transform into the aperture definition so that readers without
 * {@code LM}/{@code LR}/{@code LS} support (gerbv) draw the same image.
 */
package com.fabwright.gerber.write;
