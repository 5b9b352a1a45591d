package com.fabwright.app.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One line of the window's log view: what happened (a job loaded, a load failed, a diagnostic of
 * the job) with its details (a stack trace, the file and place) for the detail area.
 *
 * @param level   {@code INFO}, {@code WARNING} or {@code ERROR}
 * @param source  who says it: a file of the job, or a part of the app
 * @param details more text, shown when the line is selected; may be empty
 */
public record LogEntry(LocalTime time, String level, String source, String message, String details) {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    public String getTime() {
        return HMS.format(time);
    }

    public String getLevel() {
        return level;
    }

    public String getSource() {
        return source;
    }

    public String getMessage() {
        return message;
    }
}
