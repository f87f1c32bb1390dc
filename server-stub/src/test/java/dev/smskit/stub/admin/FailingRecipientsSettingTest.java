package dev.smskit.stub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The magic numbers are settings: a number added, a default number's code changed, the others kept. */
@TestPropertySource(properties = {
        "smskit.stub.ip1.failing-recipients.[+46701740699]=503",
        "smskit.stub.ip1.failing-recipients.[+46701740605]=403",
        "smskit.stub.smsend.failing-recipients.[+46701740698]=TOOM4NUM"})
class FailingRecipientsSettingTest extends StubHttpTest {

    @Test
    void addedAndChangedNumbersFailWithTheirCodesAndTheDefaultsStay() {
        Answer batch = json("POST", "/v2/batches",
                "{\"sender\":\"ip1sms\",\"recipients\":[\"46701740699\",\"46701740605\",\"46701740609\"],\"body\":\"Hi\"}", V2);
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        String[] keys = get("/API/v1.0/REST/token?username=test&password=test").body().split(";");
        String[] smsend = {"user_key", keys[0], "Access_token", keys[1]};
        assertThat(json("POST", "/API/v1.0/REST/sms", "{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":"
                + "[\"+46701740698\",\"+46701740620\"],\"order_id\":\"o\"}", smsend).status()).isEqualTo(201);

        clock.add(Duration.ofSeconds(1));

        JsonNode messages = ok(get("/v2/batches/" + batch.json().get("id").asString() + "/messages", V2));
        assertThat(messages.valueStream().map(message -> message.get("recipient").asString() + " "
                + message.get("statuses").get(1).get("code").asInt()))
                .containsExactly("46701740699 503", "46701740605 403", "46701740609 404");
        assertThat(ok(get("/api/sms/sent", V1)).valueStream().map(sms -> sms.get("Status").asInt())).containsExactly(51, 42, 42);
        assertThat(ok(get("/API/v1.0/REST/sms/o", smsend)).get("recipients").valueStream()
                .map(recipient -> recipient.get("status").asString())).containsExactly("TOOM4NUM", "KO");
    }
}
