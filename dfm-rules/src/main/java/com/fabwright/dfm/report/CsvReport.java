package com.fabwright.dfm.report;

import com.fabwright.dfm.Violation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Findings as CSV (RFC 4180, one header line): rule, severity, layers, x, y, measured, limit, nets,
 * refs, message. Lists are joined with {@code ;}. Spreadsheet formula injection is defused: a cell
 * starting with {@code = + - @} gets a leading apostrophe unless it is a number.
 */
public final class CsvReport {
    private CsvReport() {
    }

    public static void write(List<Violation> violations, PrintWriter out) {
        out.print("rule,severity,layers,x_mm,y_mm,measured_mm,limit_mm,nets,refs,message\r\n");
        for (Violation v : violations) {
            out.print(String.join(",", cell(v.rule()), cell(v.severity().label()), cell(String.join(";", v.layers())),
                    num(v.xMm()), num(v.yMm()), v.measuredMm() == null ? "" : num(v.measuredMm()),
                    v.limitMm() == null ? "" : num(v.limitMm()), cell(String.join(";", v.nets())),
                    cell(String.join(";", v.refs())), cell(v.message())));
            out.print("\r\n");
        }
        out.flush();
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    static String cell(String s) {
        String t = s == null ? "" : s;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 && !t.matches("[-+]?[0-9.]+")) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            t = "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
