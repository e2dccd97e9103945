package io.authcognito.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, in one line. */
final class Machine {

    private Machine() {
    }

    static String describe() throws IOException, InterruptedException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal")).findFirst()
                .map(line -> Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
                .orElse("?");
        Process wrk = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
        String wrkVersion = new String(wrk.getInputStream().readAllBytes()).lines().findFirst().orElse("wrk").split(" \\[")[0];
        wrk.waitFor();
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", Java "
                + System.getProperty("java.version") + ", " + wrkVersion
                + "; server, PostgreSQL, cognito-local and wrk all on this one machine";
    }
}
