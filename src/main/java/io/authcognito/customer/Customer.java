package io.authcognito.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A row of the store's own customer table (Medusa v1 by default). Only the columns the
 * product reads or is allowed to change are mapped; every other column is left alone.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private String id;

    private String email;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "has_account")
    private boolean hasAccount;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @ManyToMany
    @JoinTable(name = "customer_group_customers",
            joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "customer_group_id"))
    private Set<CustomerGroup> groups = new HashSet<>();

    protected Customer() {
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    /** The legacy hash, or null once the password lives in Cognito. */
    public String legacyPasswordHash() {
        return passwordHash;
    }

    public boolean hasLegacyPassword() {
        return passwordHash != null && !passwordHash.isEmpty();
    }
}
