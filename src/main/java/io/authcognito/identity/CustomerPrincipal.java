package io.authcognito.identity;

import jakarta.security.enterprise.CallerPrincipal;

/** The caller of a successful login: named by the customer's id, with the email the account has. */
public class CustomerPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String email;

    public CustomerPrincipal(String customerId, String email) {
        super(customerId);
        this.email = email;
    }

    public String email() {
        return email;
    }
}
