package io.authcognito.bench;

import io.authcognito.local.DocumentedCognito;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The product's own time in each login: the login's time as its client saw it, less the time its
 * customer's Cognito requests spent in Cognito within it, as DocumentedCognito (the proxy in front
 * of the emulator) saw them, from arrival to answer. What is left is Liberty, Jakarta Security,
 * the product's code and database, the AWS SDK's own work, and loopback.
 */
final class OwnTime {

    private OwnTime() {
    }

    /** Each login's own microseconds, and each login's microseconds in Cognito. */
    record Split(Percentiles own, Percentiles cognito) {
    }

    static Split of(List<Logins.Login> logins, long sinceNanos) {
        Map<String, List<DocumentedCognito.Timed>> byUser = DocumentedCognito.answeredSince(sinceNanos).stream()
                .collect(Collectors.groupingBy(timed -> username(timed.sent().body())));
        List<Long> cognito = logins.stream().map(login -> byUser.getOrDefault(login.customer().id(), List.of()).stream()
                .mapToLong(timed -> timed.nanosWithin(login.sentNanos(), login.answeredNanos())).sum() / 1_000).toList();
        List<Long> own = new java.util.ArrayList<>();
        for (int i = 0; i < logins.size(); i++) {
            own.add(logins.get(i).micros() - cognito.get(i));
        }
        return new Split(Percentiles.of(own), Percentiles.of(cognito));
    }

    /** The user a request is about: {@code Username}, or {@code AuthParameters.USERNAME} for a login. */
    private static String username(JsonObject body) {
        if (body.get("Username") instanceof jakarta.json.JsonString name) {
            return name.getString();
        }
        JsonValue parameters = body.get("AuthParameters");
        if (parameters instanceof JsonObject auth && auth.get("USERNAME") instanceof jakarta.json.JsonString name) {
            return name.getString();
        }
        return "";
    }
}
