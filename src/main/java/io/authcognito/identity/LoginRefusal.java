package io.authcognito.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the identity store refused the current request's login. An {@code IdentityStore} can only
 * answer valid or invalid; this carries the refusal the API must give (an outage is a 503, never
 * a 401) from the store to whoever asked for the check.
 */
@RequestScoped
public class LoginRefusal {

    private RuntimeException reason;

    /** What to throw for a refused check: the store's own reason, else a wrong email or password. */
    public RuntimeException reason() {
        return reason != null ? reason : new InvalidCredentialsException();
    }

    void record(RuntimeException reason) {
        this.reason = reason;
    }
}
