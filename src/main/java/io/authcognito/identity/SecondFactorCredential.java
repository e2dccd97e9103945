package io.authcognito.identity;

import jakarta.security.enterprise.credential.Credential;
import java.util.Optional;

/**
 * A code from the customer's authenticator app, for the login waiting for it. The API hands
 * the code alone; the authentication mechanism adds the pending login from the session.
 */
public record SecondFactorCredential(String code, Optional<PendingLogin> pending) implements Credential {

    public static SecondFactorCredential of(String code) {
        return new SecondFactorCredential(code, Optional.empty());
    }

    public SecondFactorCredential forLogin(PendingLogin login) {
        return new SecondFactorCredential(code, Optional.of(login));
    }

    @Override
    public void clear() {
        // a record holds nothing to wipe: the code is worth nothing once used or after 30 seconds
    }

    @Override
    public String toString() {
        return "SecondFactorCredential";
    }
}
