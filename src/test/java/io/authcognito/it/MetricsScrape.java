package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

/** One scrape of the product's metrics ({@code /metrics?scope=application}), as Prometheus reads it. */
record MetricsScrape(List<String> samples) {

    static MetricsScrape of(ApiClient browser) {
        ApiClient.Reply reply = browser.get("metrics?scope=application");
        assertEquals(200, reply.status(), reply.body());
        return new MetricsScrape(reply.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
    }

    /** The sum of the samples of {@code name} whose labels include each of {@code labels} ({@code "outcome=cognito"}). */
    double value(String name, String... labels) {
        return samples.stream()
                .filter(sample -> sample.startsWith(name + "{") || sample.startsWith(name + " "))
                .filter(sample -> Arrays.stream(labels).allMatch(label -> sample.contains(quoted(label))))
                .mapToDouble(sample -> Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** How far a counter moved since {@code before}. */
    long moved(MetricsScrape before, String name, String... labels) {
        return Math.round(value(name, labels) - before.value(name, labels));
    }

    private static String quoted(String label) {
        int equals = label.indexOf('=');
        return label.substring(0, equals) + "=\"" + label.substring(equals + 1) + "\"";
    }
}
