package io.authcognito.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The store's database as the tests see it, over their own connection: to set up customers and to check what changed. */
final class TestDatabase {

    private static final String URL = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:15432/postgres");
    private static final String USER = System.getenv().getOrDefault("DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "postgres");

    private TestDatabase() {
    }

    static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.com";
    }

    /** An account row, as a Medusa v1 store has it, with the given legacy hash (or none). */
    static String insertCustomer(String email, String passwordHash) {
        String id = "cus_it_" + UUID.randomUUID().toString().replace("-", "");
        update("""
                INSERT INTO customer (id, email, first_name, last_name, password_hash, has_account)
                VALUES (?, ?, 'Test', 'Customer', ?, true)""", id, email, passwordHash);
        return id;
    }

    static void addToGroup(String customerId, String groupName) {
        String groupId = "cgrp_it_" + UUID.randomUUID().toString().replace("-", "");
        update("INSERT INTO customer_group (id, name) VALUES (?, ?)", groupId, groupName);
        update("INSERT INTO customer_group_customers (customer_group_id, customer_id) VALUES (?, ?)", groupId, customerId);
    }

    /**
     * Revokes a customer's sessions the way another server does, and returns once PostgreSQL has
     * delivered the announcement to listeners (this one included).
     */
    static void revokeAsAnotherServer(String customerId) {
        try (Connection listener = connect(); Connection revoker = connect()) {
            try (var statement = listener.createStatement()) {
                statement.execute("LISTEN auth_cognito_sessions");
            }
            try (PreparedStatement revoke = revoker.prepareStatement("""
                    WITH bumped AS (
                      INSERT INTO auth_cognito_session_generation AS g (customer_id, generation) VALUES (?, 1)
                      ON CONFLICT (customer_id) DO UPDATE SET generation = g.generation + 1
                      RETURNING generation)
                    SELECT pg_notify('auth_cognito_sessions', (SELECT generation FROM bumped) || ':' || ?)""")) {
                revoke.setString(1, customerId);
                revoke.setString(2, customerId);
                revoke.execute();
            }
            var notifications = listener.unwrap(org.postgresql.PGConnection.class).getNotifications(5_000);
            if (notifications == null || notifications.length == 0) {
                throw new IllegalStateException("the announcement was not delivered");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> passwordHash(String customerId) {
        return queryString("SELECT password_hash FROM customer WHERE id = ?", customerId);
    }

    static Optional<String> migrationState(String customerId) {
        return queryString("SELECT migration_state FROM auth_cognito_account WHERE customer_id = ?", customerId);
    }

    static Optional<String> cognitoUsername(String customerId) {
        return queryString("SELECT cognito_username FROM auth_cognito_account WHERE customer_id = ?", customerId);
    }

    static Optional<String> queryString(String sql, String parameter) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement, whatever it answers. */
    static void update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
