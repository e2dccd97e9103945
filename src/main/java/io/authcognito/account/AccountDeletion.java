package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.CustomerLock;
import io.authcognito.customer.Customers;
import io.authcognito.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A customer deletes their account. The customer row is anonymised and marked deleted rather than
 * removed, because a store's orders refer to it; the Cognito user is deleted and every session
 * ends. Cognito goes last inside the transaction: if it cannot be reached, nothing has changed.
 * It holds the customer's lock, so a first login racing it cannot give the deleted customer a Cognito user again.
 */
@ApplicationScoped
public class AccountDeletion {

    private final Customers customers;
    private final CognitoAccounts accounts;
    private final CognitoGateway cognito;
    private final Sessions sessions;
    private final CustomerLock lock;

    @Inject
    public AccountDeletion(Customers customers, CognitoAccounts accounts, CognitoGateway cognito, Sessions sessions,
                           CustomerLock lock) {
        this.customers = customers;
        this.accounts = accounts;
        this.cognito = cognito;
        this.sessions = sessions;
        this.lock = lock;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected AccountDeletion() {
        this(null, null, null, null, null);
    }

    @Transactional
    public void delete(String customerId) {
        lock.during(customerId, () -> {
            customers.findAccount(customerId).orElseThrow(AccountGoneException::new).anonymise();
            Optional<String> username = accounts.cognitoUsername(customerId);
            accounts.forget(customerId);
            sessions.endAll(customerId);
            username.ifPresent(cognito::deleteUser);
        });
    }
}
