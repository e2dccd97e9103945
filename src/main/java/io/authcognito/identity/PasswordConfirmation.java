package io.authcognito.identity;

import io.authcognito.cognito.MfaChallenge;
import io.authcognito.customer.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;

/**
 * A logged-in customer proves their password again before a sensitive change. It is checked
 * exactly as a login is, through the identity stores, so a customer still on a legacy hash
 * works too (and migrates on the way), and it is refused exactly as a login is.
 */
@ApplicationScoped
public class PasswordConfirmation {

    private final IdentityStoreHandler identityStores;
    private final LoginRefusal refusal;

    @Inject
    public PasswordConfirmation(IdentityStoreHandler identityStores, LoginRefusal refusal) {
        this.identityStores = identityStores;
        this.refusal = refusal;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected PasswordConfirmation() {
        this(null, null);
    }

    /**
     * Checks the password; a right one whose second factor Cognito asks for is confirmed too (the
     * customer gave the factor at this session's login).
     *
     * @return the challenge Cognito raised for the second factor, for a change that needs a code as well
     */
    public Optional<MfaChallenge> confirm(Customer customer, String password) {
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(customer.email(), password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && customer.id().equals(result.getCallerPrincipal().getName())) {
            return Optional.empty();
        }
        if (refusal.reason() instanceof MfaRequiredException due && due.pending().customerId().equals(customer.id())) {
            return Optional.of(due.pending().challenge());
        }
        throw refusal.reason();
    }
}
