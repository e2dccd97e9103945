package io.authcognito.migration;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.customer.MigrationState;
import io.authcognito.logging.LogMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Logger;

/**
 * Moves a password that was just verified against its legacy hash into Cognito. Every step can
 * be repeated, so a login interrupted anywhere is finished by the next one; the hash is removed
 * last, and only if Cognito accepted the password.
 */
@ApplicationScoped
public class PasswordMigration {

    private static final Logger LOG = Logger.getLogger(PasswordMigration.class.getName());

    private final CognitoGateway cognito;
    private final CognitoAccounts accounts;
    private final Customers customers;

    @Inject
    public PasswordMigration(CognitoGateway cognito, CognitoAccounts accounts, Customers customers) {
        this.cognito = cognito;
        this.accounts = accounts;
        this.customers = customers;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected PasswordMigration() {
        this(null, null, null);
    }

    /** Never fails the login it is part of: what cannot be done now is done at the next login. */
    public void migrate(Customer customer, String verifiedPassword) {
        try {
            String username = cognitoUser(customer);
            cognito.setPassword(username, verifiedPassword);
            accounts.record(customer.id(), username, MigrationState.PASSWORD_SET);
            if (customers.removeLegacyHashIfUnchanged(customer.id(), customer.legacyPasswordHash())) {
                LogMessage.MIGRATED.log(LOG, customer.id());
            }
            accounts.record(customer.id(), username, MigrationState.MIGRATED);
        } catch (CognitoUnavailableException | PersistenceException e) {
            LogMessage.MIGRATION_DEFERRED.log(LOG, customer.id(), e.getClass().getSimpleName());
        } catch (PasswordPolicyException e) {
            accounts.markPasswordRejectedByPolicy(customer.id());
            LogMessage.LEGACY_PASSWORD_REFUSED_BY_POLICY.log(LOG, customer.id());
        }
    }

    /** The customer's Cognito user name, creating the user first if there is none yet. */
    public String cognitoUser(Customer customer) {
        return accounts.cognitoUsername(customer.id()).orElseGet(() -> {
            String username = cognito.createUser(customer.id(), customer.email());
            accounts.record(customer.id(), username, MigrationState.USER_CREATED);
            return username;
        });
    }

    /** Cognito now holds a new password the customer chose: the legacy one must stop working. */
    public void passwordReplaced(Customer customer, String username) {
        customers.removeLegacyHash(customer.id());
        accounts.record(customer.id(), username, MigrationState.MIGRATED);
    }
}
