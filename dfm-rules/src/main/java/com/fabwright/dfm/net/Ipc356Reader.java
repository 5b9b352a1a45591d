package com.fabwright.dfm.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the test-point records of an IPC-D-356(A) netlist: {@code 317} (through-hole) and
 * {@code 327} (surface) records with their net name (columns 4-17) and {@code X/Y} position, in the
 * units of the {@code P  UNITS} parameter ({@code CUST 0/2}: 0.0001 in; {@code CUST 1} or
 * {@code SI}: 0.001 mm). Only what net assignment needs; malformed records are skipped.
 */
public final class Ipc356Reader {
    private static final Pattern XY = Pattern.compile("X([+-]?\\d+)\\s*Y([+-]?\\d+)");
    /** Lines read at most (an IPC-D-356 file of a large board has tens of thousands). */
    private static final int MAX_LINES = 2_000_000;

    private Ipc356Reader() {
    }

    /** One test point: its net and position in mm. */
    public record TestPoint(String net, double xMm, double yMm) {
    }

    /** The test points of a file. */
    public static List<TestPoint> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    }

    /** The test points of a file's lines. */
    public static List<TestPoint> parse(List<String> lines) {
        double unitMm = 0.00254;
        List<TestPoint> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            if (++n > MAX_LINES) {
                break;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("P  UNITS") || upper.startsWith("P UNITS")) {
                unitMm = upper.contains("CUST 1") || upper.contains("SI") ? 0.001 : 0.00254;
                continue;
            }
            if (!(line.startsWith("317") || line.startsWith("327")) || line.length() < 20) {
                continue;
            }
            String net = line.substring(3, Math.min(17, line.length())).trim();
            Matcher m = XY.matcher(line);
            if (net.isEmpty() || !m.find(Math.min(17, line.length()))) {
                continue;
            }
            out.add(new TestPoint(net.equals("N/C") ? "" : net, Long.parseLong(m.group(1)) * unitMm,
                    Long.parseLong(m.group(2)) * unitMm));
        }
        return out;
    }
}
