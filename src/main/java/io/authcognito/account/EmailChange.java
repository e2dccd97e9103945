package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.Compensation;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.CustomerLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A customer's new email, in the database and as Cognito's verified {@code email} attribute, or
 * in neither. The Cognito user keeps its user name, so nothing is orphaned.
 */
@ApplicationScoped
public class EmailChange {

    private final Customers customers;
    private final CognitoAccounts accounts;
    private final CognitoGateway cognito;
    private final Compensation compensation;
    private final CustomerLock lock;

    @Inject
    public EmailChange(Customers customers, CognitoAccounts accounts, CognitoGateway cognito, Compensation compensation,
                       CustomerLock lock) {
        this.customers = customers;
        this.accounts = accounts;
        this.cognito = cognito;
        this.compensation = compensation;
        this.lock = lock;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected EmailChange() {
        this(null, null, null, null, null);
    }

    /**
     * @throws EmailTakenException another account has the email, or on a shared pool another
     *                             application's user does
     */
    @Transactional
    public Customer change(String customerId, String newEmail) {
        customers.lockEmail(newEmail);
        return lock.during(customerId, () -> {
            if (customers.emailTakenByAnotherAccount(newEmail, customerId)) {
                throw new EmailTakenException();
            }
            Customer customer = customers.findAccount(customerId).orElseThrow(AccountGoneException::new);
            String oldEmail = customer.email();
            customer.changeEmail(newEmail);
            accounts.emailChanged(customerId);
            accounts.cognitoUsername(customerId).ifPresent(username -> {
                cognito.changeEmail(username, newEmail);
                compensation.onRollback("the email change of customer " + customerId,
                        () -> cognito.changeEmail(username, oldEmail));
            });
            return customer;
        });
    }
}
