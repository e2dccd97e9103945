package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.Compensation;
import io.authcognito.cognito.CognitoShapes;
import io.authcognito.cognito.CognitoUser;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.MigrationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A new customer: the password goes to Cognito only, the row never holds a hash. The Cognito
 * user is made inside the database transaction and deleted again if that does not commit, so
 * either both exist afterwards or neither does.
 */
@ApplicationScoped
public class Registration {

    private static final String ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Customers customers;
    private final CognitoAccounts accounts;
    private final CognitoGateway cognito;
    private final Compensation compensation;

    @Inject
    public Registration(Customers customers, CognitoAccounts accounts, CognitoGateway cognito, Compensation compensation) {
        this.customers = customers;
        this.accounts = accounts;
        this.cognito = cognito;
        this.compensation = compensation;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected Registration() {
        this(null, null, null, null);
    }

    @Transactional
    public Customer register(String email, String password, String firstName, String lastName) {
        if (!CognitoShapes.canBePassword(password)) {
            throw new PasswordPolicyException(PasswordPolicyException.SHAPE);
        }
        customers.lockEmail(email);
        if (customers.findAccountByEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        Customer customer = customers.findGuestByEmail(email)
                .map(Customer::becomeAccount)
                .orElseGet(() -> customers.add(Customer.newAccount(newCustomerId(), email, firstName, lastName)));
        CognitoUser user = cognito.createUser(customer.id(), email, Optional.of(password));
        if (user.createdNow()) {
            // only what this registration made is undone: a user it found (an earlier attempt's) stays
            compensation.onRollback("the new user of customer " + customer.id(), () -> cognito.deleteUser(user.username()));
        }
        cognito.setPassword(user.username(), password);
        accounts.record(customer.id(), user.username(), MigrationState.MIGRATED);
        return customer;
    }

    /** An id in Medusa's shape: {@code cus_} and 26 characters of Crockford base32. */
    private static String newCustomerId() {
        StringBuilder id = new StringBuilder("cus_");
        for (int i = 0; i < 26; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
