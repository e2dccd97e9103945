package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.customer.Customer;
import io.authcognito.customer.CustomerLock;
import io.authcognito.customer.Customers;
import io.authcognito.migration.PasswordMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A customer's new password, set in Cognito, with no legacy hash left. */
@ApplicationScoped
public class PasswordChange {

    private final Customers customers;
    private final PasswordMigration migration;
    private final CognitoGateway cognito;
    private final CustomerLock lock;

    @Inject
    public PasswordChange(Customers customers, PasswordMigration migration, CognitoGateway cognito, CustomerLock lock) {
        this.customers = customers;
        this.migration = migration;
        this.cognito = cognito;
        this.lock = lock;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected PasswordChange() {
        this(null, null, null, null);
    }

    public void change(String customerId, String newPassword) {
        lock.during(customerId, () -> {
            Customer customer = customers.findAccount(customerId).orElseThrow(AccountGoneException::new);
            String username = migration.cognitoUser(customer, Optional.of(newPassword)).username();
            cognito.setPassword(username, newPassword);
            migration.passwordReplaced(customer, username);
        });
    }
}
