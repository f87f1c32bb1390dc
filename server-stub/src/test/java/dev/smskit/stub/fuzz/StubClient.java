package dev.smskit.stub.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Real HTTP to the stub over one keep-alive HTTP/1.1 client, counting every request by answer class. */
final class StubClient {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong success = new AtomicLong();
    final AtomicLong clientErrors = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong other = new AtomicLong();

    StubClient(int port) {
        this.base = "http://localhost:" + port;
    }

    Exchange send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            count(response.statusCode());
            return new Exchange(request, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.target(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain request for seeding and checks (not a generated case). */
    Exchange call(String method, String target, Map<String, String> headers, String json) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        if (json != null) {
            all.put("Content-Type", "application/json");
        }
        return send(new FuzzRequest(method, target, all,
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(), ""));
    }

    private void count(int status) {
        requests.incrementAndGet();
        (status >= 500 ? serverErrors : status >= 400 ? clientErrors : status >= 200 && status < 300 ? success : other)
                .incrementAndGet();
    }
}
