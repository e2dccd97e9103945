package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.customer.Customer;
import io.authcognito.identity.PasswordConfirmation;
import io.authcognito.migration.PasswordMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A logged-in customer sets a new password: checked like a login, set in Cognito, no legacy hash left. */
@ApplicationScoped
public class PasswordChange {

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    PasswordMigration migration;

    @Inject
    CognitoGateway cognito;

    public void change(Customer customer, String currentPassword, String newPassword) {
        confirmation.confirm(customer, currentPassword);
        String username = migration.cognitoUser(customer);
        cognito.setPassword(username, newPassword);
        migration.passwordReplaced(customer, username);
    }
}
