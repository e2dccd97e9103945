package io.authcognito.cognito;

/**
 * Cognito refuses the product's configuration (an app client without the admin password flow, a
 * wrong client secret, an unknown pool or client, credentials without the IAM actions): every
 * request would fail alike, so it is an outage to the client and names the setting to operators.
 */
public class CognitoMisconfiguredException extends CognitoUnavailableException {

    /** @param setting the setting to check, with what Cognito expects of it */
    CognitoMisconfiguredException(String setting, Throwable cause) {
        super("Cognito refuses the configuration, check " + setting + " (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
