package io.authcognito.bench;

import java.util.List;

/** Percentiles of a list of microseconds. */
record Percentiles(List<Long> sorted) {

    static Percentiles of(List<Long> micros) {
        return new Percentiles(micros.stream().sorted().toList());
    }

    long at(double percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100) - 1));
    }

    long p50() {
        return at(50);
    }

    long p99() {
        return at(99);
    }

    double mean() {
        return sorted.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
