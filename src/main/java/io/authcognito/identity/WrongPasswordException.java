package io.authcognito.identity;

/** The password given to confirm a change is not the customer's. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("Wrong password");
    }
}
