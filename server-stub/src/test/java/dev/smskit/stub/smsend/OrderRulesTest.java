package dev.smskit.stub.smsend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a client of smsend checks on an order: the id it is given, and the message types smsend knows. */
class OrderRulesTest extends SmsendHttpTest {

    @Test
    void aGeneratedOrderIdMeetsTheRuleOfAGivenOne() {
        HttpResponse<String> sent = smsend.post("/sms", "{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"]}", test);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String orderId = json(sent.body()).get("order_id").asString();
        assertThat(orderId).as("at most 32 letters, digits, _ . -").matches("[A-Za-z0-9_.-]{1,32}");
        assertThat(smsend.get("/sms/" + orderId, test).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GP", "TI", "SI"})
    void skebbysMessageTypesAreRefusedNamingSmsendsOwn(String skebbyType) {
        HttpResponse<String> sent = smsend.post("/sms",
                "{\"message_type\":\"" + skebbyType + "\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"]}", test);

        assertError(sent, 400, "Invalid message_type: " + skebbyType + " is not one of N, L, LL");
    }
}
