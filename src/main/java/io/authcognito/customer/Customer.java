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

    /** A new account row, as the store itself would write it, without a password: Cognito has that. */
    public static Customer newAccount(String id, String email, String firstName, String lastName) {
        Customer customer = new Customer();
        customer.id = id;
        customer.email = email;
        customer.firstName = firstName;
        customer.lastName = lastName;
        customer.hasAccount = true;
        customer.createdAt = OffsetDateTime.now();
        customer.updatedAt = customer.createdAt;
        return customer;
    }

    /** A guest of the store (a Medusa guest row) registers: the same row becomes an account. */
    public Customer becomeAccount() {
        hasAccount = true;
        updatedAt = OffsetDateTime.now();
        return this;
    }

    public void changeEmail(String newEmail) {
        email = newEmail;
        updatedAt = OffsetDateTime.now();
    }

    /**
     * Marks the row deleted and drops what identifies the person; the row itself stays, because
     * the store's orders may refer to it.
     */
    public void anonymise() {
        email = "deleted-" + id + "@deleted.invalid";
        firstName = null;
        lastName = null;
        passwordHash = null;
        deletedAt = OffsetDateTime.now();
        updatedAt = deletedAt;
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
