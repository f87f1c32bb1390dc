package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** IP1 credits ({@code /_stub/ip1/accounts/{account}/credits}): unlimited by default, a 403 once they run out. */
class CreditsTest extends StubHttpTest {

    private static final String CREDITS = "/_stub/ip1/accounts/" + ACCOUNT + "/credits";
    private static final String V1_SMS = "{\"Numbers\":[\"+46701234567\",\"+46709876543\"],\"From\":\"ip1sms\",\"Message\":\"Hi\"}";
    private static final String V2_BATCH = "{\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\",\"46709876543\"],\"body\":\"Hi\"}";

    private int recorded() {
        return ok(get("/_stub/messages")).size();
    }

    @Test
    void creditsAreUnlimitedByDefault() {
        assertThat(ok(get(CREDITS))).isEqualTo(JsonMapper.shared().readTree("{\"currency\":\"SEK\",\"unlimited\":true}"));
        for (int i = 0; i < 5; i++) {
            ok(json("POST", "/api/sms/send", V1_SMS, V1));
        }
        assertThat(recorded()).isEqualTo(10);
    }

    @Test
    void eachSegmentCostsItsPriceAndAV1SendNotCoveredIs403WithNothingSent() {
        assertThat(ok(json("PUT", CREDITS, "{\"balance\":1.00}")).get("balance").asDouble()).isEqualTo(1.0);

        ok(json("POST", "/api/sms/send", V1_SMS, V1)); // 2 x 0.35
        Answer refused = json("POST", "/api/sms/send", V1_SMS, V1);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/json");
        assertThat(refused.json().get("Message").asString())
                .isEqualTo("Insufficient credits: sending costs 0.70 SEK, the account has 0.30 SEK left.");
        assertThat(recorded()).isEqualTo(2);
        assertThat(ok(get(CREDITS)).get("balance").asDouble()).isEqualTo(0.30);
        assertThat(ok(get("/_stub/ip1/accounts/" + OTHER_ACCOUNT + "/credits")).get("unlimited").asBoolean()).isTrue();
        ok(json("POST", "/api/sms/send", V1_SMS, V1_OTHER));
    }

    @Test
    void aV2BatchNotCoveredIsA403ProblemWithNothingSent() {
        ok(json("PUT", CREDITS, "{\"balance\":0.5}"));

        Answer refused = json("POST", "/v2/batches", V2_BATCH, V2);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).startsWith("Insufficient credits");
        assertThat(recorded()).isZero();
        assertThat(json("POST", "/v2/batches", V2_BATCH.replace(",\"46709876543\"", ""), V2).status()).isEqualTo(201);
        assertThat(ok(get(CREDITS)).get("balance").asDouble()).isEqualTo(0.15);
    }

    @Test
    void withoutABalanceOrAfterAResetTheCreditsAreUnlimitedAgain() {
        ok(json("PUT", CREDITS, "{\"balance\":0}"));
        assertThat(json("POST", "/api/sms/send", V1_SMS, V1).status()).isEqualTo(403);

        assertThat(ok(json("PUT", CREDITS, "{}")).get("unlimited").asBoolean()).isTrue();
        ok(json("POST", "/api/sms/send", V1_SMS, V1));

        ok(json("PUT", CREDITS, "{\"balance\":0}"));
        assertThat(send("POST", "/_stub/reset", null).status()).isEqualTo(204);
        ok(json("POST", "/api/sms/send", V1_SMS, V1));
    }

    @Test
    void anUnknownAccountOrANegativeBalanceIs400() {
        Answer unknown = json("PUT", "/_stub/ip1/accounts/ip1-99999/credits", "{\"balance\":1}");
        Answer negative = json("PUT", CREDITS, "{\"balance\":-1}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").has("account")).isTrue();
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).isEqualTo("application/problem+json");
        assertThat(get("/_stub/ip1/accounts/ip1-99999/credits").status()).isEqualTo(400);
    }
}
