package io.authcognito.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cognito as its API reference documents it, in front of the emulator: the integration-test
 * servers and the benchmark reach Cognito through this forwarding proxy (pom.xml,
 * {@code local.cognito.endpoint}),
 * which answers what the emulator lets through as real Cognito does: the request shapes
 * ({@code PasswordType}, {@code UsernameType}, {@code ConfirmationCodeType}, an email it can
 * parse), {@code AliasExistsException} for an email another user of an email pool holds, and
 * {@code NotAuthorizedException} for a wrong password. It is not a Cognito of its own: everything
 * else is the emulator's answer, and the one operation the emulator lacks that the product calls,
 * {@code AdminSetUserMFAPreference}, is carried out by the emulator's own user-level call. Tests can also hold a request (to force a race), refuse requests
 * as Cognito would (a misconfigured client, an outage), throttle them at Cognito's quotas and
 * count what was sent.
 */
public final class DocumentedCognito {

    public static final int PORT = 9230;

    private static final URI UPSTREAM = URI.create(LocalCognito.ENDPOINT + "/");
    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    private static final Pattern PASSWORD = Pattern.compile("^[\\S]+.*[\\S]+$");
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    private static final Pattern CODE = Pattern.compile("[\\S]+");
    /** What Cognito parses as an email: no white space or invisible characters, one @, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s\\p{Cf}@]+@[^\\s\\p{Cf}@]+\\.[^\\s\\p{Cf}@]+");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<Sent> SENT = new CopyOnWriteArrayList<>();
    private static final List<Timed> TIMED = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final List<Held> HELD = new CopyOnWriteArrayList<>();
    private static final List<Sent> THROTTLED = new CopyOnWriteArrayList<>();
    private static final List<Refusal> REFUSALS = new CopyOnWriteArrayList<>();
    private static final Map<String, Boolean> EMAIL_POOLS = new ConcurrentHashMap<>();
    /** By user name: the app client and refresh token of the user's last login. */
    private static final Map<String, String[]> REFRESH_TOKENS = new ConcurrentHashMap<>();
    /** Requests a second per operation while throttling as Cognito's quotas do; none while empty. */
    private static final Map<String, Bucket> QUOTAS = new ConcurrentHashMap<>();
    private static HttpServer server;

    private DocumentedCognito() {
    }

    /** One request a server sent: the operation ({@code AdminSetUserPassword}) and its body. */
    public record Sent(String operation, JsonObject body) {

        /** Whether the request names this value (a user name, a password) as a whole JSON string. */
        public boolean about(String value) {
            return body.toString().contains("\"" + value + "\"");
        }
    }

    /** A request and when it was here: from the moment it arrived until its answer was written ({@link System#nanoTime}). */
    public record Timed(Sent sent, long arrivedNanos, long answeredNanos) {

        /** How much of this request's time falls within {@code from} to {@code to}. */
        public long nanosWithin(long from, long to) {
            return Math.max(0, Math.min(to, answeredNanos) - Math.max(from, arrivedNanos));
        }
    }

    /** A request held on its way to the emulator until the test releases it. */
    public static final class Held implements AutoCloseable {

        private final String operation;
        private final Predicate<Sent> which;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Held(String operation, Predicate<Sent> which) {
            this.operation = operation;
            this.which = which;
        }

        /** Waits until the request has arrived and is being held. */
        public void awaitArrival() throws InterruptedException {
            if (!arrived.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("no " + operation + " arrived to be held");
            }
        }

        public void release() {
            released.countDown();
        }

        @Override
        public void close() {
            HELD.remove(this);
            release();
        }
    }

    /**
     * Answers {@code TooManyRequestsException} to what goes over these rates (requests a second
     * by operation, over one-second windows), as Cognito does at its quotas, until closed.
     */
    public static AutoCloseable throttle(Map<String, Integer> perSecond) {
        perSecond.forEach((operation, rate) -> QUOTAS.put(operation, new Bucket(rate)));
        return () -> perSecond.keySet().forEach(QUOTAS::remove);
    }

    /** Cognito's default quotas for the operations the product calls (AWS's quotas page). */
    public static Map<String, Integer> defaultQuotas() {
        return Map.of("AdminInitiateAuth", 120, "AdminCreateUser", 50, "AdminSetUserPassword", 25,
                "AdminUpdateUserAttributes", 25, "AdminDeleteUser", 25, "ForgotPassword", 30, "ConfirmForgotPassword", 30,
                "AdminGetUser", 120);
    }

    private static final class Bucket {

        private final int perSecond;
        private long window;
        private int used;

        Bucket(int perSecond) {
            this.perSecond = perSecond;
        }

        synchronized boolean take() {
            long now = System.nanoTime() / 1_000_000_000L;
            if (now != window) {
                window = now;
                used = 0;
            }
            return ++used <= perSecond;
        }
    }

    private record Refusal(String operation, Predicate<Sent> which, String type, String message) implements AutoCloseable {

        @Override
        public void close() {
            REFUSALS.remove(this);
        }
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        // without it the JDK's server writes an answer's headers and body in two segments, and
        // Nagle's algorithm meets the client's delayed ACK: 40 ms on every request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + PORT, e);
        }
        server.createContext("/", DocumentedCognito::handle);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "documented-cognito");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static synchronized void stop() {
        if (server != null) {
            HELD.forEach(Held::release);
            server.stop(0);
            server = null;
        }
    }

    /** How many requests of this operation were sent, of those {@code which} selects. */
    public static long sent(String operation, Predicate<Sent> which) {
        return SENT.stream().filter(sent -> sent.operation().equals(operation) && which.test(sent)).count();
    }

    /** The challenge sessions the servers sent back to Cognito: what must never reach a client or a log. */
    public static List<String> sessionsSent() {
        return SENT.stream().map(sent -> string(sent.body(), "Session")).filter(java.util.Objects::nonNull).toList();
    }

    /** Every request answered since {@code sinceNanos}, with when it was here. */
    public static List<Timed> answeredSince(long sinceNanos) {
        synchronized (TIMED) {
            return TIMED.stream().filter(timed -> timed.arrivedNanos() >= sinceNanos).toList();
        }
    }

    /** Holds the next request of this operation that {@code which} selects, until released or closed. */
    public static Held hold(String operation, Predicate<Sent> which) {
        Held held = new Held(operation, which);
        HELD.add(held);
        return held;
    }

    /** Answers the requests {@code which} selects with Cognito's error {@code type} (HTTP 400), until closed. */
    public static AutoCloseable refuse(String operation, Predicate<Sent> which, String type, String message) {
        Refusal refusal = new Refusal(operation, which, type, message);
        REFUSALS.add(refusal);
        return refusal;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Amz-Target")).orElse("");
            Sent sent = new Sent(target.substring(target.indexOf('.') + 1), parse(body));
            SENT.add(sent);
            try {
                respond(exchange, sent, body);
            } finally {
                TIMED.add(new Timed(sent, arrived, System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, Sent sent, byte[] body) throws IOException, InterruptedException {
        Optional<String[]> refused = documentedRefusal(sent).or(() -> injectedRefusal(sent)).or(() -> throttled(sent));
        if (refused.isPresent()) {
            answer(exchange, 400, error(refused.get()[0], refused.get()[1]));
            return;
        }
        awaitRelease(sent);
        if (sent.operation().equals("AdminSetUserMFAPreference")) {
            String[] login = REFRESH_TOKENS.get(string(sent.body(), "Username"));
            if (login == null) {
                answer(exchange, 400, error("UserNotFoundException", "User does not exist."));
            } else {
                answer(exchange, 200, setMfaPreferenceAsTheUser(sent, login));
            }
            return;
        }
        HttpResponse<byte[]> upstream = forward(exchange, body);
        rememberRefreshToken(sent, upstream.body());
        answer(exchange, upstream.statusCode(), realCognitosAnswer(sent, upstream.body()));
    }

    /**
     * Records the refresh token a login answer carries, by user name: the way to act as that user
     * for {@link #setMfaPreferenceAsTheUser}.
     */
    private static void rememberRefreshToken(Sent sent, byte[] answer) {
        JsonObject parameters = sent.body().containsKey("AuthParameters") ? sent.body().getJsonObject("AuthParameters")
                : sent.body().containsKey("ChallengeResponses") ? sent.body().getJsonObject("ChallengeResponses") : null;
        JsonObject result = parse(answer).getJsonObject("AuthenticationResult");
        if (parameters != null && parameters.containsKey("USERNAME") && result != null && result.containsKey("RefreshToken")) {
            REFRESH_TOKENS.put(parameters.getString("USERNAME"),
                    new String[] {string(sent.body(), "ClientId"), result.getString("RefreshToken")});
        }
    }

    /**
     * {@code AdminSetUserMFAPreference}, which the emulator lacks, done as its documented effect
     * by the emulator's own {@code SetUserMFAPreference}: with an access token from the user's last
     * refresh token ({@code REFRESH_TOKEN_AUTH}). The emulator keeps the state; this only signs in as the user.
     */
    private static byte[] setMfaPreferenceAsTheUser(Sent sent, String[] login) throws IOException, InterruptedException {
        JsonObject tokens = parse(ask("InitiateAuth", Json.createObjectBuilder()
                .add("AuthFlow", "REFRESH_TOKEN_AUTH")
                .add("ClientId", login[0])
                .add("AuthParameters", Json.createObjectBuilder().add("REFRESH_TOKEN", login[1]))
                .build())).getJsonObject("AuthenticationResult");
        var preference = Json.createObjectBuilder().add("AccessToken", tokens.getString("AccessToken"));
        for (String settings : List.of("SoftwareTokenMfaSettings", "SMSMfaSettings")) {
            if (sent.body().containsKey(settings)) {
                preference.add(settings, sent.body().get(settings));
            }
        }
        return ask("SetUserMFAPreference", preference.build());
    }

    /** What real Cognito refuses that the emulator accepts. */
    private static Optional<String[]> documentedRefusal(Sent sent) throws IOException, InterruptedException {
        JsonObject body = sent.body();
        for (String field : List.of("Password", "TemporaryPassword", "ProposedPassword")) {
            String value = string(body, field);
            if (value != null && (value.length() > 256 || !PASSWORD.matcher(value).matches())) {
                return invalidParameter("1 validation error detected: Value at '" + lowerFirst(field)
                        + "' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$");
            }
        }
        String username = string(body, "Username");
        if (username != null && (username.codePointCount(0, username.length()) > 128 || !USERNAME.matcher(username).matches())) {
            return invalidParameter("1 validation error detected: Value at 'username' failed to satisfy constraint:"
                    + " Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }
        String code = string(body, "ConfirmationCode");
        if (code != null && (code.length() > 2048 || !CODE.matcher(code).matches())) {
            return invalidParameter("1 validation error detected: Value at 'confirmationCode' failed to satisfy constraint:"
                    + " Member must satisfy regular expression pattern: [\\S]+");
        }
        Optional<String> email = emailAttribute(body);
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            return invalidParameter("Invalid email address format.");
        }
        if (sent.operation().equals("AdminUpdateUserAttributes") && email.isPresent()
                && heldByAnotherUser(string(body, "UserPoolId"), username, email.get())) {
            return Optional.of(new String[] {"AliasExistsException", "An account with the given email already exists."});
        }
        return Optional.empty();
    }

    private static Optional<String[]> injectedRefusal(Sent sent) {
        return REFUSALS.stream()
                .filter(refusal -> refusal.operation().equals(sent.operation()) && refusal.which().test(sent))
                .findFirst()
                .map(refusal -> new String[] {refusal.type(), refusal.message()});
    }

    private static Optional<String[]> throttled(Sent sent) {
        Bucket quota = QUOTAS.get(sent.operation());
        if (quota == null || quota.take()) {
            return Optional.empty();
        }
        THROTTLED.add(sent);
        return Optional.of(new String[] {"TooManyRequestsException", "Rate exceeded"});
    }

    /** How many requests of this operation were throttled. */
    public static long throttledCount(String operation) {
        return THROTTLED.stream().filter(sent -> sent.operation().equals(operation)).count();
    }

    private static void awaitRelease(Sent sent) throws InterruptedException {
        for (Held held : HELD) {
            if (held.operation.equals(sent.operation()) && held.which.test(sent) && held.arrived.getCount() > 0) {
                held.arrived.countDown();
                held.released.await(60, TimeUnit.SECONDS);
                return;
            }
        }
    }

    /** The emulator answers a wrong password with InvalidPasswordException; Cognito with NotAuthorizedException. */
    private static byte[] realCognitosAnswer(Sent sent, byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        if (sent.operation().endsWith("InitiateAuth") && text.contains("InvalidPasswordException")) {
            return error("NotAuthorizedException", "Incorrect username or password.");
        }
        return answer;
    }

    /** On a pool whose user name is the email, whether a user other than {@code username} has the email. */
    private static boolean heldByAnotherUser(String poolId, String username, String email) throws IOException, InterruptedException {
        if (!EMAIL_POOLS.computeIfAbsent(poolId, DocumentedCognito::signsInByEmail)) {
            return false;
        }
        JsonObject found = parse(ask("ListUsers", Json.createObjectBuilder()
                .add("UserPoolId", poolId)
                .add("Filter", "email = \"" + email + "\"")
                .build()));
        return found.getJsonArray("Users").stream()
                .map(JsonValue::asJsonObject)
                // a user addressed by its email (an alias of itself) is not another user
                .anyMatch(user -> !user.getString("Username").equals(username) && !email.equalsIgnoreCase(username));
    }

    private static boolean signsInByEmail(String poolId) {
        try {
            JsonObject pool = parse(ask("DescribeUserPool", Json.createObjectBuilder().add("UserPoolId", poolId).build()))
                    .getJsonObject("UserPool");
            return pool != null && pool.containsKey("UsernameAttributes")
                    && pool.getJsonArray("UsernameAttributes").toString().contains("email");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] ask(String operation, JsonObject request) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(UPSTREAM)
                        .header("Content-Type", JSON_1_1)
                        .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
                        .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(UPSTREAM.resolve(exchange.getRequestURI().getRawPath()))
                .timeout(java.time.Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON_1_1);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static Optional<String[]> invalidParameter(String message) {
        return Optional.of(new String[] {"InvalidParameterException", message});
    }

    private static byte[] error(String type, String message) {
        return Json.createObjectBuilder().add("__type", type).add("message", message).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> emailAttribute(JsonObject body) {
        if (!body.containsKey("UserAttributes")) {
            return Optional.empty();
        }
        return body.getJsonArray("UserAttributes").stream().map(JsonValue::asJsonObject)
                .filter(attribute -> attribute.getString("Name", "").equals("email"))
                .map(attribute -> attribute.getString("Value", ""))
                .findFirst();
    }

    private static String string(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static String lowerFirst(String field) {
        return Character.toLowerCase(field.charAt(0)) + field.substring(1);
    }

    private static JsonObject parse(byte[] body) {
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
