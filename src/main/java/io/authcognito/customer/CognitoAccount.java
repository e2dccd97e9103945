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

    protected CognitoAccount() {
    }

    public String cognitoUsername() {
        return cognitoUsername;
    }

    public MigrationState migrationState() {
        return migrationState;
    }

    /** Cognito's policy refused the legacy password: the customer should be asked for a new one. */
    public boolean passwordRejectedByPolicy() {
        return passwordRejectedByPolicy;
    }
}
