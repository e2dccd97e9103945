package io.authcognito.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Customers for the benchmark, put straight into the local database as a store's own rows. */
final class BenchData {

    /** One customer; its Cognito user name is its id. */
    record Customer(String id, String email, String password) {

        HttpRequest login(URI base) {
            return HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Json.createObjectBuilder().add("email", email).add("password", password).build().toString()))
                    .build();
        }
    }

    private static final String URL = "jdbc:postgresql://127.0.0.1:15432/postgres";

    static List<Customer> legacyCustomers(int count, String label, String password, String hash) throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL, "postgres", "postgres");
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO customer (id, email, password_hash, has_account) VALUES (?, ?, ?, true)""")) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (int i = 0; i < count; i++) {
                Customer customer = new Customer("cus_bench_" + label + "_" + run + "_" + i,
                        "bench-" + label + "-" + run + "-" + i + "@example.com", password);
                insert.setString(1, customer.id());
                insert.setString(2, customer.email());
                insert.setString(3, hash);
                insert.addBatch();
                customers.add(customer);
            }
            insert.executeBatch();
        }
        return customers;
    }

    /** Logs each customer in once, so their passwords are in Cognito from then on. */
    static void migrate(URI base, List<Customer> customers) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (Customer customer : customers) {
            HttpResponse<String> reply = http.send(customer.login(base), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IOException("login of " + customer.email() + " answered " + reply.statusCode());
            }
        }
    }

    /** What the shared store holds per session, on average: Liberty's row, attributes included. */
    static double bytesPerStoredSession() throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "postgres", "postgres");
             PreparedStatement size = db.prepareStatement(
                     "SELECT avg(pg_column_size(s.*)) FROM auth_cognito_http_sessions s WHERE small IS NOT NULL");
             ResultSet rows = size.executeQuery()) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    static long stillLegacy(List<Customer> customers) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "postgres", "postgres");
             PreparedStatement count = db.prepareStatement(
                     "SELECT count(*) FROM customer WHERE id = ANY (?) AND password_hash IS NOT NULL")) {
            count.setArray(1, db.createArrayOf("varchar", customers.stream().map(Customer::id).toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
