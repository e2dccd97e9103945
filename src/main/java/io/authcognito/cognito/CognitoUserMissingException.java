package io.authcognito.cognito;

/**
 * The Cognito user the product recorded for a customer is gone (deleted outside the product):
 * the migration makes it again; anything else answers 503 rather than act on a user that is not there.
 */
public class CognitoUserMissingException extends CognitoUnavailableException {

    public CognitoUserMissingException(Throwable cause) {
        super(cause);
    }
}
