package io.authcognito.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The files by which a local service tells other processes how far its start has come. */
public record Marker(Path directory, String service) {

    void starting() throws IOException {
        Files.deleteIfExists(file("ready"));
        Files.deleteIfExists(file("failed"));
        Files.writeString(file("starting"), "");
    }

    void ready() throws IOException {
        Files.writeString(file("ready"), "");
    }

    void failed(Exception e) throws IOException {
        Files.writeString(file("failed"), String.valueOf(e));
    }

    /** Waits for a service whose start has begun; a service never started is not waited for. */
    public void awaitIfStarting(Duration timeout) throws IOException, InterruptedException {
        if (!Files.exists(file("starting"))) {
            return;
        }
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(file("ready"))) {
            if (Files.exists(file("failed"))) {
                throw new IOException(service + " failed to start: " + Files.readString(file("failed")));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException(service + " was not ready within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private Path file(String state) {
        return directory.resolve(service + "." + state);
    }
}
