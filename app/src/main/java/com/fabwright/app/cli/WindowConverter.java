package com.fabwright.app.cli;

import com.fabwright.input.Length;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --window X0,Y0,X1,Y1} (lengths, bare numbers in mm) to an envelope in millimetres. */
public final class WindowConverter implements ITypeConverter<Envelope> {
    @Override
    public Envelope convert(String value) {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new TypeConversionException("'" + value + "' is not X0,Y0,X1,Y1 (four lengths, e.g. 0,0,50mm,30mm)");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Length.parseMm(parts[i]);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
        if (v[2] <= v[0] || v[3] <= v[1]) {
            throw new TypeConversionException("'" + value + "': X1 must be greater than X0 and Y1 greater than Y0");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
