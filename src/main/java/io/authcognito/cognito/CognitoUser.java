package io.authcognito.cognito;

/**
 * A Cognito user of a customer, by the user name Cognito knows it by.
 *
 * @param createdNow made by this call, so undoing the call may delete it; a user found
 *                   already there (an earlier, interrupted attempt) is never deleted
 */
public record CognitoUser(String username, boolean createdNow) {
}
