package io.authcognito.account;

/** Another account already has this email (compared case-insensitively); a guest row does not count. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("An account with this email already exists");
    }
}
