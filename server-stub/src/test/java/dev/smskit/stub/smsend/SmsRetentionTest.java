package dev.smskit.stub.smsend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A stub that keeps 3 orders per user: the oldest go, and their order ids answer as unknown ones. */
@TestPropertySource(properties = "smskit.stub.retention.messages-per-account=3")
class SmsRetentionTest extends SmsendHttpTest {

    private void order(Smsend.Keys keys, String orderId, String phone) {
        assertThat(smsend.post("/sms", "{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"" + phone
                + "\"],\"order_id\":\"" + orderId + "\"}", keys).statusCode()).isEqualTo(201);
    }

    @Test
    void eachUserKeepsItsNewestThreeOrders() {
        order(test2, "other", "+393478765430");
        for (int n = 1; n <= 5; n++) {
            order(test, "o" + n, "+39347123456" + n);
        }

        assertError(smsend.get("/sms/o1", test), 404, "The order_id was not found");
        assertError(smsend.get("/sms/o2", test), 404, "The order_id was not found");
        assertThat(smsend.get("/sms/o3", test).statusCode()).isEqualTo(200);
        assertThat(smsend.get("/sms/o5", test).statusCode()).isEqualTo(200);
        assertThat(smsend.get("/sms/other", test2).statusCode()).as("another user keeps its own").isEqualTo(200);
        List<String> listed = get("/_stub/messages?api=smsend").json().valueStream()
                .map(sms -> sms.get("account").asString() + " " + sms.get("to").asString()).toList();
        assertThat(listed).containsExactly("test2 +393478765430", "test +393471234563", "test +393471234564",
                "test +393471234565");
    }
}
