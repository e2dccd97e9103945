package io.authcognito.identity;

/** Too many failed password checks for this account or client address; see {@link LoginThrottle}. */
public class TooManyAttemptsException extends RuntimeException {

    public TooManyAttemptsException() {
        super("Too many failed attempts");
    }
}
