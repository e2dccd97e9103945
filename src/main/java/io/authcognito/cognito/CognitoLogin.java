package io.authcognito.cognito;

import java.util.Optional;

/** What Cognito made of a password: refused, a login, or a login that waits for the second factor. */
public record CognitoLogin(Result result, Optional<MfaChallenge> challenge) {

    public enum Result { REFUSED, LOGGED_IN, SECOND_FACTOR_DUE }

    static final CognitoLogin REFUSED = new CognitoLogin(Result.REFUSED, Optional.empty());
    static final CognitoLogin LOGGED_IN = new CognitoLogin(Result.LOGGED_IN, Optional.empty());

    static CognitoLogin secondFactorDue(MfaChallenge challenge) {
        return new CognitoLogin(Result.SECOND_FACTOR_DUE, Optional.of(challenge));
    }
}
