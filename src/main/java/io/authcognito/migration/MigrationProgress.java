package io.authcognito.migration;

import io.authcognito.customer.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * How far the store has come: accounts, accounts whose password Cognito alone holds, accounts still
 * on a legacy hash, and of those the ones that cannot move by themselves: Cognito refused the
 * password (the customer must choose a new one) or, on a shared pool, another application's user
 * holds the email.
 */
@ApplicationScoped
@Transactional
public class MigrationProgress {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** The counts, read from the database. */
    public record Counts(long customers, long migrated, long legacy, long passwordRefused, long emailHeldElsewhere) {
    }

    public Counts counts() {
        return new Counts(
                count("SELECT COUNT(c) FROM Customer c WHERE c.hasAccount = TRUE AND c.deletedAt IS NULL"),
                count("""
                        SELECT COUNT(c) FROM Customer c, CognitoAccount a
                        WHERE a.customerId = c.id AND c.hasAccount = TRUE AND c.deletedAt IS NULL
                          AND c.passwordHash IS NULL AND a.migrationState = io.authcognito.customer.MigrationState.MIGRATED"""),
                count("""
                        SELECT COUNT(c) FROM Customer c
                        WHERE c.hasAccount = TRUE AND c.deletedAt IS NULL AND c.passwordHash IS NOT NULL"""),
                heldBack("a.passwordRejectedByPolicy"),
                heldBack("a.emailHeldElsewhere"));
    }

    private long heldBack(String flag) {
        return count("""
                SELECT COUNT(c) FROM Customer c, CognitoAccount a
                WHERE a.customerId = c.id AND c.hasAccount = TRUE AND c.deletedAt IS NULL
                  AND c.passwordHash IS NOT NULL AND %s = TRUE""".formatted(flag));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
