package com.fabwright.app.cli;

/**
 * A usage error found only after the job was read (e.g. {@code --layer} names no file of the job);
 * exit code {@value ExitCodes#USAGE}.
 */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
