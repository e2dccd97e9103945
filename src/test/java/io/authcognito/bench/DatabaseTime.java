package io.authcognito.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the product's connections to the database were in use, from Liberty's own connection
 * pool metrics ({@code /metrics?scope=vendor}): from checkout to return, so every statement's round
 * trip, the commits and what runs between them, plus any wait for a free connection. Sampled before
 * and after a run, it gives the database's part of a login.
 */
record DatabaseTime(double inUseSeconds, double waitSeconds, double checkouts) {

    private static final String POOL = "datasource=\"jdbc_auth_cognito\"";

    static DatabaseTime now(URI app) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.resolve("/metrics?scope=vendor")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new DatabaseTime(value(metrics, "connectionpool_inUseTime_total_seconds"),
                value(metrics, "connectionpool_waitTime_total_seconds"), value(metrics, "connectionpool_usedConnections_total"));
    }

    /** Milliseconds a login spent on the database between two samples. */
    double millisPerLogin(DatabaseTime later, int logins) {
        return (later.inUseSeconds - inUseSeconds + later.waitSeconds - waitSeconds) * 1000 / logins;
    }

    double checkoutsPerLogin(DatabaseTime later, int logins) {
        return (later.checkouts - checkouts) / logins;
    }

    private static double value(String metrics, String name) {
        Matcher line = Pattern.compile("^" + name + "\\{[^}]*" + Pattern.quote(POOL) + "[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        if (!line.find()) {
            throw new IllegalStateException("Liberty reports no " + name + " for the product's data source");
        }
        return Double.parseDouble(line.group(1));
    }
}
