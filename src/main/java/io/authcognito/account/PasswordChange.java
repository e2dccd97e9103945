package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.customer.Customer;
import io.authcognito.migration.PasswordMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A customer's new password, set in Cognito, with no legacy hash left. */
@ApplicationScoped
public class PasswordChange {

    private final PasswordMigration migration;
    private final CognitoGateway cognito;

    @Inject
    public PasswordChange(PasswordMigration migration, CognitoGateway cognito) {
        this.migration = migration;
        this.cognito = cognito;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected PasswordChange() {
        this(null, null);
    }

    public void change(Customer customer, String newPassword) {
        String username = migration.cognitoUser(customer);
        cognito.setPassword(username, newPassword);
        migration.passwordReplaced(customer, username);
    }
}
