package com.fabwright.dfm.profile;

/** A profile that cannot be read or resolved; the message names the profile, rule and field. */
public final class ProfileException extends RuntimeException {
    public ProfileException(String message) {
        super(message);
    }
}
