package io.authcognito.identity;

/**
 * The roles a login gives. Every customer has {@link #CUSTOMER}; each customer group adds a role
 * of its own name, so a group named {@code admin} gives {@link #ADMIN}. Liberty maps each group to
 * the role of the same name, so an application needs no role binding to use them.
 */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
