package org.marketgov.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the partner API of the deployed test server. */
final class Api {

    static final String HOST = "http://localhost:" + System.getProperty("market.http.port", "20080");
    static final String BASE = HOST + "/api/v1";
    static final Login STAFF = new Login("staff", bootstrapPassword());
    static final Login AUDITOR = new Login("auditor", bootstrapPassword());
    static final Login ANONYMOUS = null;

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** Basic credentials of an account. */
    record Login(String username, String password) {

        String header() {
            String pair = username + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An HTTP answer with its body. */
    record Answer(int status, Map<String, java.util.List<String>> headers, String text) {

        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(text))) {
                return r.readObject();
            }
        }

        JsonArray array() {
            try (JsonReader r = Json.createReader(new StringReader(text))) {
                return r.readArray();
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    static Answer get(String path, Login who) {
        return send("GET", path, null, who, Map.of());
    }

    static Answer post(String path, String body, Login who) {
        return send("POST", path, body, who, Map.of());
    }

    static Answer put(String path, String body, Login who) {
        return send("PUT", path, body, who, Map.of());
    }

    static Answer delete(String path, Login who) {
        return send("DELETE", path, null, who, Map.of());
    }

    static Answer send(String method, String path, String body, Login who,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                        : BASE + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (who != null) {
            b.header("Authorization", who.header());
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String bootstrapPassword() {
        String p = System.getenv("MARKET_BOOTSTRAP_PASSWORD");
        return p == null || p.isBlank() ? "itest-Bootstrap-2026" : p;
    }
}
