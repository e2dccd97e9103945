package io.authcognito.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the identity store refused the current request's login. An {@code IdentityStore} can only
 * answer valid or invalid; this carries the distinction the API must make (an outage is a 503,
 * never a 401) from the store to the resource that answers.
 */
@RequestScoped
public class LoginRefusal {

    /** The reasons a login is refused, beyond a wrong password. */
    public enum Reason {
        INVALID_CREDENTIALS, UNAVAILABLE, PASSWORD_RESET_REQUIRED, TOO_MANY_ATTEMPTS, INTERNAL_ERROR
    }

    private Reason reason = Reason.INVALID_CREDENTIALS;
    private RuntimeException failure;

    public Reason reason() {
        return reason;
    }

    /** What went wrong when the reason is {@link Reason#INTERNAL_ERROR}. */
    public RuntimeException failure() {
        return failure;
    }

    void because(Reason reason) {
        this.reason = reason;
    }

    void failed(RuntimeException e) {
        this.reason = Reason.INTERNAL_ERROR;
        this.failure = e;
    }
}
