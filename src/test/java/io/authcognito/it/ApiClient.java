package io.authcognito.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A browser, as far as the API is concerned: one cookie jar, JSON in and out. */
final class ApiClient {

    private final URI base;
    private final CookieManager cookies;
    private final String forwardedFor;
    private final HttpClient http;

    ApiClient(URL base) {
        this(URI.create(base.toString()), new CookieManager());
    }

    private ApiClient(URI base, CookieManager cookies) {
        this(base, cookies, null);
    }

    private ApiClient(URI base, CookieManager cookies, String forwardedFor) {
        this.base = base;
        this.cookies = cookies;
        this.forwardedFor = forwardedFor;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same browser, reaching the server through a trusted proxy that names it as {@code clientAddress}. */
    ApiClient from(String clientAddress) {
        return new ApiClient(base, cookies, clientAddress);
    }

    /** Puts a cookie in this browser's jar, as a client can with any value it likes. */
    void cookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** The same browser, cookies and all, whose next requests a load balancer sends to another server. */
    ApiClient on(URL server) {
        return new ApiClient(URI.create(server.toString()), cookies);
    }

    /** The answer to one request. */
    record Reply(int status, String body, HttpHeaders headers) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String error() {
            return json().getString("error");
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with no body and no Content-Type, as a cross-origin {@code fetch} may send without a preflight. */
    Reply postWithoutType(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply post(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply login(String email, String password) {
        return post("api/auth/login", json("email", email, "password", password));
    }

    Reply login(LegacyCustomer customer) {
        return login(customer.email(), customer.password());
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Sends a request with the given session cookie, as an attacker replaying a stolen cookie would. */
    Reply getWithSession(String path, String sessionId) {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", "JSESSIONID=" + sessionId).GET());
    }

    private Reply send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(http, request);
    }

    private static Reply send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request body of names and string values, in pairs: {@code json("email", email, "password", password)}. */
    static String json(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return body.build().toString();
    }
}
