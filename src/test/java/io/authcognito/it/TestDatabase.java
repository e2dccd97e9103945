package io.authcognito.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
     * Exactly what a server sharing the database does when it revokes all of a customer's
     * sessions: bump the generation, announce it, and return once every listening server has said
     * it applied it.
     */
    static void revokeAsAnotherServer(String customerId) {
        revokeAsAnotherServer(customerId, true);
    }

    /** The same, without waiting for any server. */
    static void announceRevocation(String customerId) {
        revokeAsAnotherServer(customerId, false);
    }

    private static void revokeAsAnotherServer(String customerId, boolean awaitEveryServer) {
        try (Connection listener = connect(); Connection revoker = connect()) {
            try (var statement = listener.createStatement()) {
                statement.execute("LISTEN auth_cognito_sessions");
            }
            long servers;
            String announcement;
            try (PreparedStatement revoke = revoker.prepareStatement("""
                    WITH bumped AS (
                      INSERT INTO auth_cognito_session_generation AS g (customer_id, generation) VALUES (?, 1)
                      ON CONFLICT (customer_id) DO UPDATE SET generation = g.generation + 1
                      RETURNING generation)
                    SELECT (SELECT generation FROM bumped) || ':' || ?,
                           (SELECT count(*) FROM pg_stat_activity WHERE application_name = 'auth-cognito-revocations' AND datname = current_database())""");
                 PreparedStatement announce = revoker.prepareStatement("SELECT pg_notify('auth_cognito_sessions', ?)")) {
                revoke.setString(1, customerId);
                revoke.setString(2, customerId);
                try (ResultSet row = revoke.executeQuery()) {
                    row.next();
                    announcement = row.getString(1);
                    servers = row.getLong(2);
                }
                announce.setString(1, announcement);
                announce.execute();
            }
            Set<String> applied = new HashSet<>();
            if (!awaitEveryServer) {
                return;
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (applied.size() < servers) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(applied.size() + " of " + servers + " servers applied the revocation");
                }
                var notifications = listener.unwrap(org.postgresql.PGConnection.class).getNotifications(500);
                for (var notification : notifications == null ? new org.postgresql.PGNotification[0] : notifications) {
                    String payload = notification.getParameter();
                    if (payload.startsWith("applied:") && payload.endsWith(":" + announcement)) {
                        applied.add(payload);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database backends of the servers' revocation listeners. */
    static java.util.List<Long> listenerBackends() {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'auth-cognito-revocations' AND datname = current_database()");
             ResultSet rows = statement.executeQuery()) {
            java.util.List<Long> pids = new java.util.ArrayList<>();
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
            return pids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void terminateBackend(long pid) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_terminate_backend(?)")) {
            statement.setInt(1, Math.toIntExact(pid));
            statement.execute();
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
