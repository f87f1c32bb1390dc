package dev.smskit.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A deliberately altered provider for tests: a tiny HTTP server in front of the real stub that forwards
 * every request unchanged and changes one thing in each answer.
 */
final class AlteredStub implements AutoCloseable {

    /** An answer as it travels back to the client. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        Answer withStatus(int newStatus) {
            return new Answer(newStatus, headers, body);
        }

        Answer withHeader(String name, String value) {
            Map<String, List<String>> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            changed.putAll(headers);
            changed.put(name, List.of(value));
            return new Answer(status, changed, body);
        }

        Answer withBody(UnaryOperator<String> change) {
            return new Answer(status, headers, change.apply(body));
        }
    }

    /** Headers the JDK client sets itself or refuses to forward. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    AlteredStub(int stubPort, UnaryOperator<Answer> alteration) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> forward(exchange, stubPort, alteration));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange, int stubPort, UnaryOperator<Answer> alteration) throws IOException {
        try (exchange) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + stubPort + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    headers.put(name, values);
                }
            });
            Answer answer = alteration.apply(new Answer(response.statusCode(), headers, response.body()));

            answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
