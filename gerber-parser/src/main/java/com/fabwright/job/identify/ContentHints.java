package com.fabwright.job.identify;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the start of a Gerber or Excellon file says about its layer without interpreting it: the X2
 * {@code .FileFunction} (as an extended command, as a {@code G04 #@!} comment in X1-compatible
 * output, or as a {@code ; #@!} comment in KiCad drill files), a film or layer name written by the
 * CAD tool (Allegro {@code G04 Film Name:}, EasyEDA {@code G04 Layer:}, {@code %LN...*%}), and
 * the plating comments of Altium drill files ({@code ;TYPE=PLATED}).
 *
 * @param fileFunction X2 fields, or an empty list
 * @param x2Comment    whether the X2 value came from a comment rather than a {@code %TF} command
 * @param layerName    a film or layer name written inside the file, or {@code null}
 * @param layerNameSource which construct gave {@link #layerName}
 * @param plated       {@code TRUE}/{@code FALSE} when a drill comment states plating, else {@code null}
 * @param singleThinAperture whether the file defines exactly one aperture, a small circle, and flashes
 *                     nothing: what an outline usually looks like (a weak hint)
 */
public record ContentHints(List<String> fileFunction, boolean x2Comment, String layerName, String layerNameSource,
                           Boolean plated, boolean singleThinAperture) {

    public static final ContentHints NONE = new ContentHints(List.of(), false, null, null, null, false);

    private static final Pattern TF = Pattern.compile("%TF\\.FileFunction,([^*%]*)\\*");
    private static final Pattern TF_COMMENT = Pattern.compile("(?:G04|;)\\s*#@!\\s*TF\\.FileFunction,([^*\\r\\n]*)");
    private static final Pattern FILM = Pattern.compile("G04 Film Name:\\s*([^*\\r\\n]+)");
    private static final Pattern LAYER = Pattern.compile("G04 Layer:\\s*([^*\\r\\n]+)");
    private static final Pattern LN = Pattern.compile("%LN([^*%]+)\\*");
    private static final Pattern TYPE = Pattern.compile("(?m)^;\\s*TYPE=(NON_PLATED|PLATED|NONPLATED)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD = Pattern.compile("%ADD\\d+([A-Za-z_$.0-9]+),?([0-9.]*)");
    private static final Pattern FLASH = Pattern.compile("D0?3\\*");

    /** Reads the hints from the first part of a file (a few tens of kilobytes suffice). */
    public static ContentHints of(String head) {
        if (head == null || head.isEmpty()) {
            return NONE;
        }
        List<String> function = List.of();
        boolean comment = false;
        Matcher m = TF.matcher(head);
        if (m.find()) {
            function = split(m.group(1));
        } else {
            m = TF_COMMENT.matcher(head);
            if (m.find()) {
                function = split(m.group(1));
                comment = true;
            }
        }
        String name = null;
        String source = null;
        if ((m = FILM.matcher(head)).find()) {
            name = m.group(1).trim();
            source = "Allegro film name";
        } else if ((m = LAYER.matcher(head)).find()) {
            name = m.group(1).trim();
            source = "layer name comment";
        } else if ((m = LN.matcher(head)).find()) {
            name = m.group(1).trim();
            source = "%LN layer name";
        }
        Boolean plated = null;
        if ((m = TYPE.matcher(head)).find()) {
            plated = m.group(1).equalsIgnoreCase("PLATED");
        }
        return new ContentHints(function, comment, name, source, plated, singleThinAperture(head));
    }

    private static boolean singleThinAperture(String head) {
        Matcher m = ADD.matcher(head);
        int count = 0;
        boolean thinCircle = false;
        while (m.find()) {
            count++;
            if (m.group(1).equals("C")) {
                try {
                    thinCircle = Double.parseDouble(m.group(2)) <= 0.5;
                } catch (NumberFormatException e) {
                    thinCircle = false;
                }
            }
        }
        return count == 1 && thinCircle && !head.contains("G36") && !FLASH.matcher(head).find();
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
