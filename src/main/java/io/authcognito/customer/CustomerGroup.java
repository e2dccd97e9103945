package io.authcognito.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A customer group of the store; each group a customer belongs to becomes a role of the same name. */
@Entity
@Table(name = "customer_group")
public class CustomerGroup {

    @Id
    private String id;

    private String name;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected CustomerGroup() {
    }

    public String name() {
        return name;
    }
}
