package io.authcognito.identity;

import io.authcognito.customer.CognitoAccount;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a login needs to know of the customer before the password is checked, read in one
 * transaction: one pool checkout and one commit instead of one per read, which is most of a
 * login's own time (docs/benchmarks.md).
 */
@ApplicationScoped
@Transactional
public class LoginSubjects {

    /**
     * The customer; the session generation, read before the password is checked so that a
     * revocation meanwhile ends the new session too; the Cognito user name of a customer whose
     * password Cognito holds, and whether their second factor is on; the roles.
     */
    public record LoginSubject(Customer customer, long generation, Optional<String> cognitoUsername, boolean totpOn,
                               Set<String> roles) {
    }

    private final Customers customers;
    private final SessionGenerations generations;

    @Inject
    public LoginSubjects(Customers customers, SessionGenerations generations) {
        this.customers = customers;
        this.generations = generations;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected LoginSubjects() {
        this(null, null);
    }

    public Optional<LoginSubject> byEmail(String email) {
        return customers.findAccountWithCognitoUser(email).map(this::subject);
    }

    private LoginSubject subject(Customers.AccountWithCognitoUser row) {
        Customer customer = row.customer();
        Optional<CognitoAccount> account = row.cognitoUser()
                .filter(found -> !customer.hasLegacyPassword() && found.cognitoUsername() != null);
        return new LoginSubject(customer, generations.current(customer.id()), account.map(CognitoAccount::cognitoUsername),
                account.map(CognitoAccount::totpOn).orElse(false), rolesOf(customer));
    }

    private Set<String> rolesOf(Customer customer) {
        Set<String> roles = new HashSet<>(customers.groupNames(customer.id()));
        roles.add(Roles.CUSTOMER);
        return roles;
    }
}
