package io.authcognito.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.PasswordResetRequiredException;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.legacy.LegacyPasswordHashes;
import io.authcognito.migration.CognitoAccounts;
import io.authcognito.migration.PasswordMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a login is decided. The product's own database says whether the customer still has a
 * legacy hash: if so the hash checks the password and the password moves to Cognito; if not,
 * Cognito checks it. The caller is the customer's id; the groups are {@code customer} plus the
 * customer's groups.
 */
@ApplicationScoped
public class CustomerIdentityStore implements IdentityStore {

    public static final String CUSTOMER_ROLE = "customer";

    private static final Logger LOG = Logger.getLogger(CustomerIdentityStore.class.getName());

    @Inject
    Customers customers;

    @Inject
    CognitoAccounts accounts;

    @Inject
    LegacyPasswordHashes legacyHashes;

    @Inject
    PasswordMigration migration;

    @Inject
    CognitoGateway cognito;

    @Inject
    LoginRefusal refusal;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        try {
            Customer customer = customers.findAccountByEmail(credential.getCaller()).orElse(null);
            if (customer == null) {
                // costs what a wrong password costs, so timing does not tell which emails exist
                legacyHashes.dummyVerify(password.toCharArray());
                return INVALID_RESULT;
            }
            if (!passwordMatches(customer, password)) {
                return INVALID_RESULT;
            }
            return new CredentialValidationResult(customer.id(), groupsOf(customer));
        } catch (CognitoUnavailableException | PersistenceException e) {
            LOG.log(Level.WARNING, "AUTHC0001W: login could not be checked: {0}", e.getClass().getSimpleName());
            refusal.because(LoginRefusal.Reason.UNAVAILABLE);
            return NOT_VALIDATED_RESULT;
        } catch (PasswordResetRequiredException e) {
            refusal.because(LoginRefusal.Reason.PASSWORD_RESET_REQUIRED);
            return INVALID_RESULT;
        }
    }

    private boolean passwordMatches(Customer customer, String password) {
        if (customer.hasLegacyPassword()) {
            return legacyPasswordMatches(customer, password);
        }
        return accounts.cognitoUsername(customer.id())
                .map(username -> cognito.passwordMatches(username, password))
                .orElse(false);
    }

    private boolean legacyPasswordMatches(Customer customer, String password) {
        switch (legacyHashes.verify(password.toCharArray(), customer.legacyPasswordHash())) {
            case MATCH:
                migration.migrate(customer, password);
                return true;
            case UNKNOWN_FORMAT:
                LOG.log(Level.WARNING, "AUTHC0002W: the legacy password hash of customer {0} has an unknown format",
                        customer.id());
                return false;
            default:
                return false;
        }
    }

    private Set<String> groupsOf(Customer customer) {
        Set<String> groups = new HashSet<>(customers.groupNames(customer.id()));
        groups.add(CUSTOMER_ROLE);
        return groups;
    }
}
