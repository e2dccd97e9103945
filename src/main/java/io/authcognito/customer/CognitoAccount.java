package io.authcognito.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The product's own record of a customer's Cognito user, kept in a table of its own. */
@Entity
@Table(name = "auth_cognito_account")
public class CognitoAccount {

    @Id
    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "cognito_username")
    private String cognitoUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_state")
    private MigrationState migrationState;

    @Column(name = "password_rejected_by_policy")
    private boolean passwordRejectedByPolicy;

    @Column(name = "email_held_elsewhere")
    private boolean emailHeldElsewhere;

    @Column(name = "totp_on")
    private boolean totpOn;

    protected CognitoAccount() {
    }

    public String cognitoUsername() {
        return cognitoUsername;
    }

    public MigrationState migrationState() {
        return migrationState;
    }

    /** Cognito refused the legacy password (its policy, or a shape it can never hold): the customer should be asked for a new one. */
    public boolean passwordRejectedByPolicy() {
        return passwordRejectedByPolicy;
    }

    /** On a shared pool, a user the store did not make has the customer's email: the customer stays on the legacy hash. */
    public boolean emailHeldElsewhere() {
        return emailHeldElsewhere;
    }

    /** The customer turned two-factor login with an authenticator app on: a password alone never logs them in. */
    public boolean totpOn() {
        return totpOn;
    }
}
