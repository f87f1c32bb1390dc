package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may call IP1: V1 Basic {@code id:apiKey} or Bearer, V2 Bearer; 401 in each API's shape otherwise. */
class Ip1AuthenticationTest extends StubHttpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic aXAxLTEyMzQ1Ondyb25n", "Basic bm9ib2R5OnRlc3Qta2V5", "Basic !!!", "Basic aXAxLTEyMzQ1",
            "Bearer wrong", "Bearer ", "Digest x", "test-key"})
    void v1RefusesAnythingButTheConfiguredCredentials(String authorization) {
        String[] header = authorization.isEmpty() ? new String[0] : new String[] {"Authorization", authorization};

        Answer answer = get("/api/groups", header);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).isEqualTo("{\"Message\":\"Authorization has been denied for this request.\"}");
        assertThat(answer.header("WWW-Authenticate")).contains("Basic").contains("Bearer");
    }

    @Test
    void v1AcceptsTheAccountsBearerTokenAsWellAsBasic() {
        json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1);

        Answer answer = get("/api/groups", bearer("test-token"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get(0).get("OwnerID").asString()).isEqualTo(ACCOUNT);
    }

    @Test
    void theSecondAccountWorksWithItsOwnCredentials() {
        Answer answer = json("POST", "/api/groups", "{\"Name\":\"Theirs\"}", V1_OTHER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("OwnerID").asString()).isEqualTo(OTHER_ACCOUNT);
        assertThat(get("/api/groups", V1).json()).isEmpty();
    }

    @Test
    void aRefusedWriteChangesNothing() {
        Answer answer = json("POST", "/api/groups", "{\"Name\":\"Customers\"}", basic(ACCOUNT, "test-key-2"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(get("/api/groups", V1).json()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer wrong", "Basic aXAxLTEyMzQ1OnRlc3Qta2V5", "test-token"})
    void v2WantsABearerTokenOnly(String authorization) {
        String[] header = authorization.isEmpty() ? new String[0] : new String[] {"Authorization", authorization};

        Answer answer = get("/v2/conversations/46701234567", header);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void theControlApiNeedsNoCredentials() {
        assertThat(get("/_stub/messages").status()).isEqualTo(200);
    }
}
