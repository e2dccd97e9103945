package io.authcognito.cognito;

/**
 * An authenticator-app secret Cognito has made for a user, not yet verified, with the access
 * token that verifying it needs. The token is Cognito's proof of the user's password: kept in
 * memory only, never logged, dropped once the setup ends.
 */
public record TotpSetup(String secret, String accessToken) {

    @Override
    public String toString() {
        return "TotpSetup";
    }
}
