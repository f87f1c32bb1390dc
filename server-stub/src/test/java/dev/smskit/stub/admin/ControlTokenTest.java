package dev.smskit.stub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A shared stub's control API with {@code smskit.stub.control.token} set. */
@TestPropertySource(properties = "smskit.stub.control.token=team-s3cret")
class ControlTokenTest extends StubHttpTest {

    private static final String[] TOKEN = bearer("team-s3cret");

    private void assertRefused(Answer answer, String path) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"smskit stub control\"");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("type").asString()).isEqualTo("https://tools.ietf.org/html/rfc9110#section-15.5.2");
        assertThat(problem.get("detail").asString()).contains("smskit.stub.control.token").doesNotContain("team-s3cret");
        assertThat(problem.get("instance").asString()).isEqualTo(path);
    }

    @Test
    void everyCallWithoutTheTokenIs401AndChangesNothing() {
        ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1));
        String incoming = "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+46701234567\",\"message\":\"Stop\"}";

        assertRefused(send("POST", "/_stub/reset", null), "/_stub/reset");
        assertRefused(get("/_stub/messages"), "/_stub/messages");
        assertRefused(json("POST", "/_stub/ip1/incoming", incoming), "/_stub/ip1/incoming");
        assertRefused(send("POST", "/_stub/deliveries/settle", null), "/_stub/deliveries/settle");

        assertThat(get("/api/groups", V1).json()).hasSize(1);
        assertThat(get("/_stub/messages", TOKEN).json()).isEmpty();
    }

    @Test
    void aWrongTokenOrSchemeIs401() {
        assertRefused(send("POST", "/_stub/reset", null, bearer("team-s3cre")), "/_stub/reset");
        assertRefused(send("POST", "/_stub/reset", null, bearer("team-s3cret2")), "/_stub/reset");
        assertRefused(send("POST", "/_stub/reset", null, basic("team", "team-s3cret")), "/_stub/reset");
        assertRefused(send("POST", "/_stub/reset", null, "Authorization", "team-s3cret"), "/_stub/reset");
        assertRefused(send("POST", "/_stub/reset", null, V2), "/_stub/reset");
    }

    @Test
    void anEncodedPathDoesNotGetPast() {
        ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1));

        assertRefused(send("POST", "/%5Fstub/reset", null), "/%5Fstub/reset");

        assertThat(get("/api/groups", V1).json()).hasSize(1);
    }

    @Test
    void withTheTokenEveryCallWorks() {
        ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1));

        Answer incoming = json("POST", "/_stub/ip1/incoming",
                "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+46701234567\",\"message\":\"Stop\"}", TOKEN);
        Answer messages = get("/_stub/messages", TOKEN);
        Answer settle = send("POST", "/_stub/deliveries/settle", null, bearer(" team-s3cret "));
        Answer reset = send("POST", "/_stub/reset", null, "Authorization", "bearer team-s3cret");

        assertThat(incoming.status()).as(incoming.toString()).isEqualTo(201);
        assertThat(messages.status()).isEqualTo(200);
        assertThat(messages.json()).hasSize(1);
        assertThat(settle.status()).isEqualTo(200);
        assertThat(reset.status()).isEqualTo(204);
        assertThat(get("/api/groups", V1).json()).isEmpty();
    }

    @Test
    void theInboxPageLoadsWithoutTheTokenWhileItsCallsNeedIt() throws IOException, InterruptedException {
        assertThat(get("/_stub/inbox/").status()).isEqualTo(200);
        assertThat(get("/_stub/inbox/alpinejs/cdn.min.js").status()).isEqualTo(200);
        String feed = "/_stub/feed?api=ip1&account=" + ACCOUNT;
        String events = "/_stub/feed/events?api=ip1&account=" + ACCOUNT;

        assertRefused(get(feed), "/_stub/feed");
        assertRefused(get(events), "/_stub/feed/events");
        assertRefused(get(events + "&access_token=team-s3cre"), "/_stub/feed/events");
        // a query parameter only where a browser cannot send a header: the event stream
        assertRefused(get(feed + "&access_token=team-s3cret"), "/_stub/feed");
        assertThat(get(feed, TOKEN).status()).isEqualTo(200);

        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri(events + "&access_token=team-s3cret")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        stream.body().close();
        assertThat(stream.statusCode()).isEqualTo(200);
    }

    @Test
    void theApisKeepTheirOwnCredentials() {
        assertThat(get("/api/groups", V1).status()).isEqualTo(200);
        assertThat(get("/api/groups", TOKEN).status()).isEqualTo(401);
    }
}
