package com.fabwright.app.job;

import java.nio.file.Path;

/**
 * A JOB argument cannot be used at all: missing, unreadable, a corrupt or hostile archive, or an
 * archive format not supported yet. The command line maps it to exit code 3; the message names
 * the file and, where known, the place.
 */
public final class JobInputException extends Exception {
    private final transient Path path;

    public JobInputException(Path path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public JobInputException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    /** The argument or archive that could not be used. */
    public Path path() {
        return path;
    }
}
