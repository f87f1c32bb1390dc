package dev.smskit.stub.smsend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;

/** An smsend user's credits through the control API ({@code /_stub/smsend/users/{user}/credits}). */
class SmsendCreditsTest extends StubHttpTest {

    private static final String CREDITS = "/_stub/smsend/users/test/credits";

    private Answer sendTo(String... phones) {
        String[] keys = get("/API/v1.0/REST/token?username=test&password=test").body().split(";");
        return json("POST", "/API/v1.0/REST/sms", "{\"message_type\":\"N\",\"message\":\"Ciao\",\"recipient\":[\""
                + String.join("\",\"", phones) + "\"],\"returnRemaining\":true}", "user_key", keys[0], "Access_token", keys[1]);
    }

    @Test
    void aUserStartsWithTheConfiguredCreditsAndSpendsOnePerSegment() {
        assertThat(ok(get(CREDITS)).get("remaining").asInt()).isEqualTo(1000);

        assertThat(sendTo("+393471234567", "+393471234568").status()).isEqualTo(201);

        assertThat(ok(get(CREDITS)).get("remaining").asInt()).isEqualTo(998);
    }

    @Test
    void theCreditsSetAreWhatOrdersCanSpendUntilAReset() {
        assertThat(ok(json("PUT", CREDITS, "{\"remaining\":1}")).get("remaining").asInt()).isEqualTo(1);

        Answer refused = sendTo("+393471234567", "+393471234568");
        Answer sent = sendTo("+393471234567");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("Not enough credits: the order needs 2, 1 left");
        assertThat(sent.status()).isEqualTo(201);
        assertThat(ok(get(CREDITS)).get("remaining").asInt()).isZero();
        assertThat(ok(get("/_stub/messages?api=smsend"))).hasSize(1);
        assertThat(send("POST", "/_stub/reset", null).status()).isEqualTo(204);
        assertThat(ok(get(CREDITS)).get("remaining").asInt()).isEqualTo(1000);
    }

    @Test
    void anUnknownUserOrNegativeCreditsAre400() {
        assertThat(json("PUT", "/_stub/smsend/users/nobody/credits", "{\"remaining\":1}").status()).isEqualTo(400);
        assertThat(json("PUT", CREDITS, "{\"remaining\":-1}").status()).isEqualTo(400);
        assertThat(json("PUT", CREDITS, "{}").status()).isEqualTo(400);
        assertThat(get("/_stub/smsend/users/nobody/credits").json().get("errors").has("user")).isTrue();
    }
}
