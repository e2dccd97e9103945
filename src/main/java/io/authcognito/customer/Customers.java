package io.authcognito.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The store's customers, as the product reads and changes them. Like every repository here, each
 * call runs in a transaction (joining the caller's): EclipseLink retries a query that failed on a
 * broken connection only outside a transaction, and with the database gone that turned one
 * request into twenty seconds of retries instead of a prompt 503.
 */
@ApplicationScoped
@Transactional
public class Customers {

    private static final String BY_EMAIL = """
             WHERE LOWER(c.email) = LOWER(:email) AND c.hasAccount = :account AND c.deletedAt IS NULL
            ORDER BY c.createdAt""";

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** The account row for an email (case-insensitive); guest rows and deleted rows are not accounts. */
    public Optional<Customer> findAccountByEmail(String email) {
        return findByEmail(email, true);
    }

    /** A guest row of the store with this email, which registration turns into the account. */
    public Optional<Customer> findGuestByEmail(String email) {
        return findByEmail(email, false);
    }

    private Optional<Customer> findByEmail(String email, boolean account) {
        return em.createQuery("SELECT c FROM Customer c" + BY_EMAIL, Customer.class)
                .setParameter("email", email)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The account row for an email, with the record of its Cognito user when it has one: one query for a login. */
    public Optional<AccountWithCognitoUser> findAccountWithCognitoUser(String email) {
        return em.createQuery("SELECT c, a FROM Customer c LEFT JOIN CognitoAccount a ON a.customerId = c.id" + BY_EMAIL, Object[].class)
                .setParameter("email", email)
                .setParameter("account", true)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new AccountWithCognitoUser((Customer) row[0], Optional.ofNullable((CognitoAccount) row[1])));
    }

    /** A customer's account row and the product's record of its Cognito user, if any. */
    public record AccountWithCognitoUser(Customer customer, Optional<CognitoAccount> cognitoUser) {
    }

    public boolean emailTakenByAnotherAccount(String email, String customerId) {
        return findAccountByEmail(email).filter(account -> !account.id().equals(customerId)).isPresent();
    }

    /**
     * Holds, until the transaction ends, the right to create or take an account for this email,
     * so that two registrations of one email cannot both pass the "is it taken" check.
     */
    public void lockEmail(String email) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(LOWER(?1)))")
                .setParameter(1, email)
                .getSingleResult();
    }

    public Customer add(Customer customer) {
        em.persist(customer);
        return customer;
    }

    public Optional<Customer> findAccount(String id) {
        return em.createQuery(
                        "SELECT c FROM Customer c WHERE c.id = :id AND c.hasAccount = TRUE AND c.deletedAt IS NULL",
                        Customer.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public List<String> groupNames(String customerId) {
        return em.createQuery(
                        "SELECT g.name FROM Customer c JOIN c.groups g WHERE c.id = :id AND g.deletedAt IS NULL",
                        String.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    /** Removes any legacy hash: a new password has been set in Cognito, so the old one must stop working. */
    public void removeLegacyHash(String customerId) {
        em.createQuery("UPDATE Customer c SET c.passwordHash = NULL WHERE c.id = :id")
                .setParameter("id", customerId)
                .executeUpdate();
    }

    /**
     * Removes the legacy hash, but only if it is still the one that was verified: the store itself
     * may change it without asking (it takes none of the product's locks).
     *
     * @return whether this call removed it
     */
    public boolean removeLegacyHashIfUnchanged(String customerId, String verifiedHash) {
        return em.createQuery("UPDATE Customer c SET c.passwordHash = NULL WHERE c.id = :id AND c.passwordHash = :hash")
                .setParameter("id", customerId)
                .setParameter("hash", verifiedHash)
                .executeUpdate() == 1;
    }

    /** One of the legacy hashes the store still has, if any: what a decoy check should cost. */
    public Optional<String> sampleLegacyHash() {
        return em.createQuery("""
                        SELECT c.passwordHash FROM Customer c
                        WHERE c.hasAccount = TRUE AND c.deletedAt IS NULL AND c.passwordHash IS NOT NULL""", String.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
