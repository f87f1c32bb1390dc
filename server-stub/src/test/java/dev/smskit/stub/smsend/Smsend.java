package dev.smskit.stub.smsend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smsend REST API of a running stub, over plain {@link HttpClient}, which sends the underscore
 * headers ({@code user_key}, {@code Session_key}) unchanged.
 */
final class Smsend {

    /** The keys of a login: the user key and a {@code Session_key} or {@code Access_token} header. */
    record Keys(String userKey, String header, String key) {

        String[] headers() {
            return new String[] {"user_key", userKey, header, key};
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String server;
    private final String root;

    Smsend(int port) {
        this.server = "http://localhost:" + port;
        this.root = server + "/API/v1.0/REST";
    }

    Keys login(String username, String password) {
        return keys("/login", username, password, "Session_key");
    }

    Keys token(String username, String password) {
        return keys("/token", username, password, "Access_token");
    }

    private Keys keys(String path, String username, String password, String header) {
        HttpResponse<String> response =
                send("GET", path + "?username=" + encode(username) + "&password=" + encode(password), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String[] keys = response.body().split(";");
        return new Keys(keys[0], header, keys[1]);
    }

    HttpResponse<String> get(String path, Keys keys) {
        return send("GET", path, null, keys.headers());
    }

    HttpResponse<String> post(String path, String json, Keys keys) {
        return send("POST", path, json, keys.headers());
    }

    HttpResponse<String> put(String path, String json, Keys keys) {
        return send("PUT", path, json, keys.headers());
    }

    HttpResponse<String> delete(String path, Keys keys) {
        return send("DELETE", path, null, keys.headers());
    }

    /** POST /group, which must succeed; the new group's id. */
    int createGroup(Keys keys, String name, String description) {
        return idFrom(post("/group", "{\"name\":\"" + name + "\",\"description\":\"" + description + "\"}", keys),
                "/group/");
    }

    /** POST /contact, which must succeed; the new contact's id. */
    int createContact(Keys keys, String json) {
        return idFrom(post("/contact", json, keys), "/contact/");
    }

    private static int idFrom(HttpResponse<String> created, String prefix) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(prefix);
        return Integer.parseInt(location.substring(prefix.length()));
    }

    /** A JSON body (when not null) with {@code Content-Type: application/json}, and the given header pairs. */
    HttpResponse<String> send(String method, String path, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (json != null) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        return sendRaw(method, path, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json),
                all.toArray(String[]::new));
    }

    /** A call to the stub's control API ({@code /_stub/...}), which takes no keys. */
    HttpResponse<String> control(String method, String path) {
        return exchange(URI.create(server + path), method, BodyPublishers.noBody());
    }

    /** Any body with exactly the given header pairs. */
    HttpResponse<String> sendRaw(String method, String path, BodyPublisher body, String... headers) {
        return exchange(URI.create(root + path), method, body, headers);
    }

    private HttpResponse<String> exchange(URI uri, String method, BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
