package com.fabwright.store;

/** A store operation that could not be done (locked revision, unknown quote, unreadable database). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
