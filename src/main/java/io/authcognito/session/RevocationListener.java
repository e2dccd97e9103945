package io.authcognito.session;

import io.authcognito.customer.Database;
import io.authcognito.logging.LogMessage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the revocations that any server announces, hands them to {@link Revocations} and says
 * on the channel when they are applied. One connection per server, held open and named
 * {@value Revocations#LISTENER_NAME} in {@code pg_stat_activity}; when it breaks, the cache is
 * switched off until the listener is back, so a revocation missed in between cannot keep a
 * session alive.
 */
@ApplicationScoped
public class RevocationListener {

    private static final Logger LOG = Logger.getLogger(RevocationListener.class.getName());
    private static final int POLL_MILLIS = 500;
    private static final long RETRY_MILLIS = 2_000;
    private static final long HOUSEKEEPING_MILLIS = 60_000;
    /**
     * A connection a NAT or firewall dropped in silence sends nothing; asking something finds out
     * within the data source's socket time-out ({@code socketTimeout} in server.xml).
     */
    private static final long PROBE_MILLIS = 10_000;

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource database;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Revocations revocations;

    private volatile boolean running = true;
    private Thread thread;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!SharedSessionStore.available()) {
            LogMessage.SESSIONS_NOT_SHARED.log(LOG);
        }
        thread = threads.newThread(this::listen);
        thread.setName("auth-cognito-revocation-listener");
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = database.getConnection()) {
                try {
                    listenOn(connection);
                } finally {
                    returnToPool(connection);
                }
            } catch (SQLException | RuntimeException e) {
                // once stopped, the application and its beans are going away: nothing left to tell
                if (running) {
                    revocations.listening(false);
                    LogMessage.REVOCATION_LISTENER_LOST.log(LOG, e.getClass().getSimpleName());
                    pause();
                }
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET application_name = '" + Revocations.LISTENER_NAME + "'");
            statement.execute("LISTEN " + Revocations.CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        revocations.forgetExpiredLogins();
        revocations.listening(true);
        LogMessage.REVOCATION_LISTENING.log(LOG);
        long housekeeping = System.currentTimeMillis() + HOUSEKEEPING_MILLIS;
        long probe = System.currentTimeMillis() + PROBE_MILLIS;
        while (running) {
            if (System.currentTimeMillis() > probe) {
                try (Statement alive = connection.createStatement()) {
                    alive.execute("SELECT 1");
                }
                probe = System.currentTimeMillis() + PROBE_MILLIS;
            }
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    Optional<String> applied = revocations.heard(notification.getParameter());
                    if (applied.isPresent()) {
                        say(connection, applied.get());
                    }
                }
            }
            if (System.currentTimeMillis() > housekeeping) {
                revocations.forgetExpiredLogins();
                housekeeping = System.currentTimeMillis() + HOUSEKEEPING_MILLIS;
            }
        }
    }

    /** A pooled connection must not go on listening, nor be counted as a listener, for whoever gets it next. */
    private static void returnToPool(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
        } catch (SQLException brokenAnyway) {
            // the pool discards a broken connection
        }
    }

    private static void say(Connection connection, String payload) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, Revocations.CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
