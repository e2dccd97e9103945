package io.authcognito.identity;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller of a successful login: named by the customer's id, with the email the account has
 * and the session generation read before the password was checked.
 */
public class CustomerPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final long generation;

    public CustomerPrincipal(String customerId, String email, long generation) {
        super(customerId);
        this.email = email;
        this.generation = generation;
    }

    public String email() {
        return email;
    }

    public long generation() {
        return generation;
    }
}
