package io.authcognito.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL from Maven jars, holding a Medusa v1 store's customer tables and a few demo customers. */
final class LocalDatabase implements AutoCloseable {

    static final int PORT = 15432;

    private final EmbeddedPostgres postgres;

    private LocalDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static LocalDatabase start(Path workDirectory) throws IOException, SQLException {
        // a data directory left by a run that was killed would make initdb refuse to start
        Directories.deleteRecursively(workDirectory.resolve("data"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(PORT)
                .setOverrideWorkingDirectory(workDirectory.toFile())
                .setDataDirectory(workDirectory.resolve("data"))
                .setCleanDataDirectory(true)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(resource("local/medusa-customer-schema.sql"));
            statement.execute(resource("local/demo-customers.sql"));
        }
        return new LocalDatabase(postgres);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LocalDatabase.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
