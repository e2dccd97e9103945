package io.authcognito.cognito;

import java.io.Serializable;

/**
 * A login Cognito has answered with its {@code SOFTWARE_TOKEN_MFA} challenge: the password was
 * right, and a code from the customer's authenticator app finishes it. The session string is
 * Cognito's and stays on the server: it never appears in an answer or a log line.
 *
 * @param flow     which flow raised the challenge, and so which call answers it
 * @param username the Cognito user name the challenge is for
 * @param session  Cognito's challenge session
 */
public record MfaChallenge(Flow flow, String username, String session) implements Serializable {

    /** The admin flow ({@code AdminRespondToAuthChallenge}) or the app client's ({@code RespondToAuthChallenge}). */
    public enum Flow { ADMIN, CLIENT }

    @Override
    public String toString() {
        return "MfaChallenge[" + flow + "]";
    }
}
