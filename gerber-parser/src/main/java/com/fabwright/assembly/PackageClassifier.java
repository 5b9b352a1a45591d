package com.fabwright.assembly;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a footprint name into a {@link PackageClass}: chip sizes from imperial codes
 * ({@code 0402}, {@code C0805}) or metric ones ({@code 1005}, {@code _1608Metric}, KiCad's
 * {@code 2012_C}), SOT/SC-70, SOD, SOIC family (SO, SOP, SSOP, TSSOP, MSOP), QFP family, QFN/DFN,
 * BGA, and through-hole families (DIP, TO-220, pin headers, axial/radial). Pins and pitch come from
 * the pads when given (ball count and nearest-neighbour pitch for BGAs), else from the name
 * ({@code QFN-32-1EP_5x5mm_P0.5mm}).
 */
public final class PackageClassifier {
    /** Metric chip code to imperial. */
    private static final Map<String, String> METRIC = Map.of("0402", "01005", "0603", "0201", "1005", "0402",
            "1608", "0603", "2012", "0805", "3216", "1206", "3225", "1210", "4532", "1812", "5025", "2010", "6332", "2512");
    private static final List<String> IMPERIAL = List.of("01005", "0201", "0402", "0603", "0805", "1206", "1210",
            "1812", "2010", "2512");
    private static final Pattern METRIC_TAG = Pattern.compile("(\\d{4})[_ -]?metric");
    private static final Pattern CODE = Pattern.compile("(?<![0-9.x])(\\d{4,5})(?![0-9.x])");
    private static final Pattern PITCH = Pattern.compile("(?:_p|pitch|-p)(\\d+(?:\\.\\d+)?)mm");
    private static final Pattern PINS = Pattern.compile("(?:^|[-_ ])(\\d{1,4})(?:[-_ ]?(?:pin|lead|ball|ep|1ep)|$|[-_ ])");

    private PackageClassifier() {
    }

    /** The class of a footprint (or value) name, with pads when known (may be empty). */
    public static PackageClass classify(String footprint, List<Pad> pads) {
        String f = footprint == null ? "" : footprint.toLowerCase(Locale.ROOT);
        int colon = f.indexOf(':');
        if (colon >= 0) {
            f = f.substring(colon + 1);
        }
        String name = family(f);
        Integer pins = pads.isEmpty() ? pinsFromName(name, f) : Integer.valueOf(distinctPins(pads));
        Double pitch = pads.size() >= 2 ? PadPitch.of(pads) : pitchFromName(f);
        if (!pads.isEmpty() && pitchFromName(f) != null && !name.equals("BGA")) {
            pitch = pitchFromName(f);
        }
        MountType mount = name.equals("THT") ? MountType.THT : name.equals("OTHER") ? MountType.UNKNOWN : MountType.SMT;
        return new PackageClass(name, pins, pitch, mount);
    }

    static String family(String f) {
        if (f.isEmpty()) {
            return "OTHER";
        }
        if (f.contains("bga")) {
            return "BGA";
        }
        if (f.matches(".*(qfn|dfn|mlf|mlp|son|lga|wson|vson|udfn|x[0-9]?dfn).*") && !f.contains("tsson")) {
            return "QFN";
        }
        if (f.matches(".*(qfp|lqfp|tqfp|pqfp|mqfp).*")) {
            return "QFP";
        }
        if (f.matches(".*(soic|ssop|tssop|msop|vssop|qsop|sop|^so-|^so\\d|_so-|so_).*")) {
            return "SOIC";
        }
        if (f.matches(".*(sot|sc-70|sc70|sc-88|dpak|to-252|to-263|d2pak).*")) {
            return "SOT";
        }
        if (f.matches(".*(sod|melf|sma|smb|smc|do-214).*")) {
            return "SOD";
        }
        if (f.matches(".*(dip|pdip|to-92|to-220|to-247|pinheader|pin_header|pinsocket|axial|radial|_tht|tht_|"
                + "terminalblock|disc_d|bohr|mountinghole|pinhead|_tht$).*")) {
            return "THT";
        }
        Matcher metric = METRIC_TAG.matcher(f);
        if (metric.find() && METRIC.containsKey(metric.group(1))) {
            return METRIC.get(metric.group(1));
        }
        Matcher c = CODE.matcher(f);
        while (c.find()) {
            String code = c.group(1);
            if (IMPERIAL.contains(code)) {
                return code;
            }
            if (METRIC.containsKey(code)) {
                return METRIC.get(code);
            }
        }
        return "OTHER";
    }

    private static int distinctPins(List<Pad> pads) {
        return (int) pads.stream().map(p -> p.pin().isEmpty() ? p.xMm() + "," + p.yMm() : p.pin()).distinct().count();
    }

    static Integer pinsFromName(String family, String f) {
        if (IMPERIAL.contains(family) || family.equals("SOD")) {
            return 2;
        }
        if (family.equals("SOT") && f.matches(".*sot-?23(?![-_]?\\d).*")) {
            return 3;
        }
        Matcher m = Pattern.compile("(?:soic|sop|ssop|tssop|msop|qfn|dfn|qfp|lqfp|tqfp|bga|dip|sot-23|sot23|sc-70)[-_]?(\\d{1,4})")
                .matcher(f);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher header = Pattern.compile("(\\d{1,2})x(\\d{1,3})").matcher(f);
        if (family.equals("THT") && header.find()) {
            return Integer.parseInt(header.group(1)) * Integer.parseInt(header.group(2));
        }
        return null;
    }

    static Double pitchFromName(String f) {
        Matcher m = PITCH.matcher(f);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }
}
