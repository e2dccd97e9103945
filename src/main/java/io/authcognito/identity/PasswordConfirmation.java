package io.authcognito.identity;

import io.authcognito.customer.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

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

    public void confirm(Customer customer, String password) {
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(customer.email(), password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !customer.id().equals(result.getCallerPrincipal().getName())) {
            throw refusal.reason();
        }
    }
}
