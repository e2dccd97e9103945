package io.authcognito.cognito;

/** Cognito could not be reached, timed out or kept throttling after the SDK's retries. */
public class CognitoUnavailableException extends RuntimeException {

    public CognitoUnavailableException(String reason) {
        super("Cognito is unavailable: " + reason);
    }

    public CognitoUnavailableException(Throwable cause) {
        super("Cognito is unavailable: " + cause.getClass().getSimpleName(), cause);
    }
}
