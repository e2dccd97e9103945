package io.authcognito.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Where migration state is kept. Writes are single upserts so that concurrent logins of one
 * customer never collide, and a state never moves back from {@link MigrationState#MIGRATED}.
 */
@ApplicationScoped
@Transactional
public class CognitoAccounts {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public Optional<CognitoAccount> find(String customerId) {
        return Optional.ofNullable(em.find(CognitoAccount.class, customerId));
    }

    /** Read by a query, not from the persistence context, so a {@link #forget} in the same transaction is seen. */
    public Optional<String> cognitoUsername(String customerId) {
        return em.createQuery("SELECT a.cognitoUsername FROM CognitoAccount a WHERE a.customerId = :id", String.class)
                .setParameter("id", customerId)
                .getResultList().stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public boolean emailHeldElsewhere(String customerId) {
        return !em.createQuery("SELECT a.customerId FROM CognitoAccount a WHERE a.customerId = :id AND a.emailHeldElsewhere = TRUE",
                        String.class)
                .setParameter("id", customerId)
                .getResultList().isEmpty();
    }

    public void record(String customerId, String cognitoUsername, MigrationState state) {
        em.createNativeQuery("""
                        INSERT INTO auth_cognito_account (customer_id, cognito_username, migration_state)
                        VALUES (?1, ?2, ?3)
                        ON CONFLICT (customer_id) DO UPDATE
                        SET cognito_username = EXCLUDED.cognito_username,
                            migration_state = EXCLUDED.migration_state,
                            password_rejected_by_policy = CASE WHEN EXCLUDED.migration_state = 'MIGRATED'
                                THEN FALSE ELSE auth_cognito_account.password_rejected_by_policy END,
                            email_held_elsewhere = FALSE,
                            updated_at = now()
                        WHERE auth_cognito_account.migration_state <> 'MIGRATED' OR EXCLUDED.migration_state = 'MIGRATED'""")
                .setParameter(1, customerId)
                .setParameter(2, cognitoUsername)
                .setParameter(3, state.name())
                .executeUpdate();
    }

    /** The customer's account is deleted: so is the record of their Cognito user. */
    public void forget(String customerId) {
        em.createNativeQuery("DELETE FROM auth_cognito_account WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
    }

    /** Cognito refused the customer's legacy password; the hash stays in use. */
    public void markPasswordRejectedByPolicy(String customerId) {
        em.createNativeQuery("""
                        INSERT INTO auth_cognito_account (customer_id, migration_state, password_rejected_by_policy)
                        VALUES (?1, 'LEGACY', TRUE)
                        ON CONFLICT (customer_id) DO UPDATE SET password_rejected_by_policy = TRUE, updated_at = now()""")
                .setParameter(1, customerId)
                .executeUpdate();
    }

    /**
     * A user the store did not make holds the customer's email in the pool.
     *
     * @return whether this is news (it was not marked yet)
     */
    public boolean markEmailHeldElsewhere(String customerId) {
        return em.createNativeQuery("""
                        INSERT INTO auth_cognito_account (customer_id, migration_state, email_held_elsewhere)
                        VALUES (?1, 'LEGACY', TRUE)
                        ON CONFLICT (customer_id) DO UPDATE SET email_held_elsewhere = TRUE, updated_at = now()
                        WHERE NOT auth_cognito_account.email_held_elsewhere""")
                .setParameter(1, customerId)
                .executeUpdate() == 1;
    }

    /** The customer's email changed: whoever held the old one in the pool is nothing to them any more. */
    public void emailChanged(String customerId) {
        em.createNativeQuery("UPDATE auth_cognito_account SET email_held_elsewhere = FALSE WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
    }

    public boolean totpOn(String customerId) {
        return find(customerId).map(CognitoAccount::totpOn).orElse(false);
    }

    /** Records whether two-factor login is on; only a customer whose password Cognito holds has it. */
    public void setTotpOn(String customerId, boolean on) {
        em.createNativeQuery("UPDATE auth_cognito_account SET totp_on = ?2, updated_at = now() WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .setParameter(2, on)
                .executeUpdate();
    }
}
