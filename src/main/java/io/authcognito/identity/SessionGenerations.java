package io.authcognito.identity;

/**
 * Where the session generation of a customer is read (the sessions package keeps it). A login
 * reads it before it checks the password, so that a revocation made while the password is being
 * checked (a reset, a deletion, "sign out everywhere") also ends the session the login makes.
 */
public interface SessionGenerations {

    long current(String customerId);
}
