package io.authcognito.identity;

import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.PasswordResetRequiredException;
import io.authcognito.customer.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/**
 * A logged-in customer proves their password again before a sensitive change. It is checked
 * exactly as a login is, through the identity stores, so a customer still on a legacy hash
 * works too (and migrates on the way).
 */
@ApplicationScoped
public class PasswordConfirmation {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginRefusal refusal;

    public void confirm(Customer customer, String password) {
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(customer.email(), password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && customer.id().equals(result.getCallerPrincipal().getName())) {
            return;
        }
        switch (refusal.reason()) {
            case UNAVAILABLE -> throw new CognitoUnavailableException("the password could not be checked");
            case PASSWORD_RESET_REQUIRED -> throw new PasswordResetRequiredException();
            case TOO_MANY_ATTEMPTS -> throw new TooManyAttemptsException();
            case INTERNAL_ERROR -> throw refusal.failure();
            default -> throw new WrongPasswordException();
        }
    }
}
