package dev.smskit;

import dev.smskit.common.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** What the wire tests share: canned answers and exact views of recorded requests. */
public final class Wire {

    private Wire() {
    }

    public static MockWebServer start() throws Exception {
        MockWebServer server = new MockWebServer();
        server.start(0);
        return server;
    }

    /** The server's root without trailing slash, e.g. {@code http://localhost:1234}. */
    public static String root(MockWebServer server) {
        return server.url("/").toString().replaceAll("/$", "");
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    public static MockResponse.Builder answer(int code, String contentType, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body);
    }

    public static MockResponse text(int code, String body) {
        return answer(code, "text/plain; charset=utf-8", body).build();
    }

    public static MockResponse empty(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    /** Header names exactly as they came over the wire (case and underscores kept). */
    public static List<String> headerNames(RecordedRequest request) {
        Headers headers = request.getHeaders();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            names.add(headers.name(i));
        }
        return names;
    }

    public static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    public static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request arrived");
        }
        return request;
    }

    /** A sleeper that records the waits instead of sleeping. */
    public static final class Waits implements RetryPolicy.Sleeper {
        private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        public List<Duration> recorded() {
            return List.copyOf(waits);
        }
    }
}
