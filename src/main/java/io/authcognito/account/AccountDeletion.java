package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.customer.Customers;
import io.authcognito.migration.CognitoAccounts;
import io.authcognito.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A customer deletes their account. The customer row is anonymised and marked deleted rather than
 * removed, because a store's orders refer to it; the Cognito user is deleted and every session
 * ends. Cognito goes last inside the transaction: if it cannot be reached, nothing has changed.
 */
@ApplicationScoped
public class AccountDeletion {

    @Inject
    Customers customers;

    @Inject
    CognitoAccounts accounts;

    @Inject
    CognitoGateway cognito;

    @Inject
    Sessions sessions;

    @Transactional
    public void delete(String customerId) {
        customers.findAccount(customerId).orElseThrow().anonymise();
        Optional<String> username = accounts.cognitoUsername(customerId);
        accounts.forget(customerId);
        sessions.endAll(customerId);
        username.ifPresent(cognito::deleteUser);
    }
}
