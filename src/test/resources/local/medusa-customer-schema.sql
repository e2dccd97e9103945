-- The customer tables of a Medusa v1 store, as the product reads them (other columns omitted).
CREATE TABLE IF NOT EXISTS customer (
    id varchar PRIMARY KEY,
    email varchar NOT NULL,
    first_name varchar,
    last_name varchar,
    billing_address_id varchar,
    password_hash varchar,
    phone varchar,
    has_account boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    metadata jsonb
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_email_has_account" ON customer (email, has_account) WHERE deleted_at IS NULL;
CREATE TABLE IF NOT EXISTS customer_group (
    id varchar PRIMARY KEY,
    name varchar NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    metadata jsonb
);
CREATE TABLE IF NOT EXISTS customer_group_customers (
    customer_group_id varchar NOT NULL REFERENCES customer_group(id) ON DELETE CASCADE,
    customer_id varchar NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_group_id, customer_id)
);
