package io.authcognito.bench;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs wrk, the HTTP load tool, with one of the Lua scripts in src/test/resources/bench. */
final class Wrk {

    private final Path scripts;

    Wrk(Path scripts) {
        this.scripts = scripts;
    }

    /** What one wrk run measured. */
    record Result(long requests, double seconds, long errors, double requestsPerSecond, Map<String, Long> percentilesMicros) {

        long p50() {
            return percentilesMicros.get("50");
        }

        long p99() {
            return percentilesMicros.get("99");
        }
    }

    Result run(String url, int connections, String duration, String script, String... scriptArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + duration, "--timeout", "30s", "-s", scripts.resolve(script).toString(), url));
        if (scriptArgs.length > 0) {
            command.add("--");
            command.addAll(List.of(scriptArgs));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BENCH_LUA_DIR", scripts.toString());
        Process wrk = builder.start();
        String output = new String(wrk.getInputStream().readAllBytes());
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        String line = output.lines().filter(l -> l.startsWith("BENCH ")).findFirst()
                .orElseThrow(() -> new IOException("no summary from wrk: " + output));
        JsonObject json = Json.createReader(new StringReader(line.substring(6))).readObject();
        Map<String, Long> percentiles = new LinkedHashMap<>();
        json.getJsonObject("percentiles_us").forEach((q, v) -> percentiles.put(q, ((JsonNumber) v).longValue()));
        return new Result(json.getJsonNumber("requests").longValue(), json.getJsonNumber("duration_us").longValue() / 1e6,
                json.getJsonNumber("errors").longValue(), json.getJsonNumber("rps").doubleValue(), percentiles);
    }
}
