package io.authcognito.bench;

import java.io.IOException;
import java.nio.file.Path;

/** The live heap of a JVM, from {@code jcmd GC.class_histogram}, which runs a full GC first. */
record Heap(long bytes, long sessions) {

    /** Held by every logged-in session, whichever store Liberty keeps sessions in. */
    private static final String LOGGED_IN_SESSION = "io.authcognito.session.SessionCaller";

    static Heap of(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IOException("jcmd failed: " + histogram);
        }
        long bytes = 0;
        long sessions = 0;
        for (String line : histogram.lines().toList()) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[0].equals("Total")) {
                bytes = Long.parseLong(columns[2]);
            } else if (columns.length >= 4 && columns[3].equals(LOGGED_IN_SESSION)) {
                sessions = Long.parseLong(columns[1]);
            }
        }
        return new Heap(bytes, sessions);
    }
}
