package io.authcognito.migration;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves a password that was just verified against its legacy hash into Cognito. Every step can
 * be repeated, so a login interrupted anywhere is finished by the next one; the hash is removed
 * last, and only if Cognito accepted the password.
 */
@ApplicationScoped
public class PasswordMigration {

    private static final Logger LOG = Logger.getLogger(PasswordMigration.class.getName());

    @Inject
    CognitoGateway cognito;

    @Inject
    CognitoAccounts accounts;

    @Inject
    Customers customers;

    /** Never fails the login it is part of: what cannot be done now is done at the next login. */
    public void migrate(Customer customer, String verifiedPassword) {
        try {
            String username = cognitoUser(customer);
            cognito.setPassword(username, verifiedPassword);
            accounts.record(customer.id(), username, MigrationState.PASSWORD_SET);
            if (customers.clearLegacyPassword(customer.id(), customer.legacyPasswordHash())) {
                LOG.log(Level.INFO, "AUTHC0101I: customer {0} migrated to Cognito", customer.id());
            }
            accounts.record(customer.id(), username, MigrationState.MIGRATED);
        } catch (CognitoUnavailableException | PersistenceException e) {
            LOG.log(Level.WARNING, "AUTHC0102W: migration of customer {0} deferred to the next login: {1}",
                    new Object[] {customer.id(), e.getClass().getSimpleName()});
        } catch (PasswordPolicyException e) {
            accounts.markPasswordRejectedByPolicy(customer.id());
            LOG.log(Level.INFO, "AUTHC0103I: Cognito''s password policy refused the legacy password of customer {0};"
                    + " the legacy hash stays until the customer sets a new password", customer.id());
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
        customers.removeLegacyPassword(customer.id());
        accounts.record(customer.id(), username, MigrationState.MIGRATED);
    }
}
