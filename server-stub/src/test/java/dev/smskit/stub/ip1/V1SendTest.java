package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** IP1 V1 NKI sends over HTTP: {@code POST /api/nkis/{nki}/users/send}. */
class V1SendTest extends StubHttpTest {

    private Answer send(String body) {
        return json("POST", "/api/nkis/4711/users/send", body, V1);
    }

    @Test
    void answersOneProcessedMessagePerUserInOrder() {
        Answer answer = send(nki("How happy are you with your delivery?", "+46701234567", "+14155552671"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode sent = answer.json();
        assertThat(sent).hasSize(2);
        JsonNode first = sent.get(0);
        assertThat(first.get("To").asString()).isEqualTo("+46701234567");
        assertThat(first.get("CountryCode").asString()).isEqualTo("SE");
        assertThat(first.get("From").asString()).isEqualTo("ip1sms");
        assertThat(first.get("Message").asString()).isEqualTo("How happy are you with your delivery?");
        assertThat(first.get("Status").asInt()).isZero();
        assertThat(first.get("StatusDescription").asString()).isEqualTo("Delivered to gateway");
        assertThat(first.get("Currency").asInt()).isEqualTo(752);
        assertThat(first.get("Encoding").asInt()).isZero();
        assertThat(first.get("Segments").asInt()).isEqualTo(1);
        assertThat(first.get("Price").asDouble()).isEqualTo(0.35);
        assertThat(first.get("TotalPrice").asDouble()).isEqualTo(0.35);
        assertThat(sent.get(1).get("To").asString()).isEqualTo("+14155552671");
        assertThat(sent.get(1).get("CountryCode").asString()).isEqualTo("US");
        assertThat(first.get("ID").asInt()).isNotEqualTo(sent.get(1).get("ID").asInt());
        assertThat(first.get("BundleID").asInt()).as("one bundle per request").isEqualTo(sent.get(1).get("BundleID").asInt());
    }

    @Test
    void aSingleMessageHasANullBundleAndANumberWithoutPlusIsEchoed() {
        JsonNode sent = send(nki("Hi", "46701234567")).json().get(0);

        assertThat(sent.get("BundleID").isNull()).isTrue();
        assertThat(sent.get("To").asString()).isEqualTo("46701234567");
    }

    @ParameterizedTest(name = "{0} × ''{1}'' → encoding {2}, {3} segments")
    @CsvSource({
            "160, a, 0, 1",
            "161, a, 0, 2",
            "306, a, 0, 2",
            "307, a, 0, 3",
            "80, €, 0, 1",   // extension characters count twice
            "81, €, 0, 2",
            "70, ж, 2, 1",   // no GSM 03.38 character: UCS-2
            "71, ж, 2, 2",
            "134, ж, 2, 2",
            "135, ж, 2, 3"})
    void segmentsAndEncodingFollowTheSmsRulesAndPriceTheSegments(int length, String character, int encoding, int segments) {
        JsonNode sent = send(nki(character.repeat(length), "+46701234567")).json().get(0);

        assertThat(sent.get("Encoding").asInt()).isEqualTo(encoding);
        assertThat(sent.get("Segments").asInt()).isEqualTo(segments);
        assertThat(sent.get("TotalPrice").asDouble()).isEqualTo(Math.round(segments * 35) / 100.0);
    }

    @Test
    void refusesInvalidFieldsNamingEachAndSendsNothing() {
        String body = "{\"Users\":[{\"FirstName\":\"Anna\",\"Phone\":\"+4670\"},"
                + "{\"LastName\":\"" + "x".repeat(101) + "\",\"Phone\":\"+46 70 123 45 678\",\"Email\":\"" + "e".repeat(51) + "\"}],"
                + "\"From\":\"\"}";

        Answer answer = send(body);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode modelState = answer.json().get("ModelState");
        assertThat(modelState.propertyNames()).containsExactly(
                "message.From", "message.Message", "message.Users[0].Phone", "message.Users[1].Email",
                "message.Users[1].FirstName", "message.Users[1].LastName", "message.Users[1].Phone");
        assertThat(modelState.get("message.Users[0].Phone").get(0).asString())
                .isEqualTo("The field Phone must be a valid phone number in E.164 format.");
        assertThat(modelState.get("message.Users[1].LastName").get(0).asString())
                .isEqualTo("The field LastName must be a string with a maximum length of 100.");
        assertThat(modelState.get("message.Users[1].Phone")).hasSize(2);
        assertThat(modelState.get("message.Message").get(0).asString()).isEqualTo("The Message field is required.");
        assertThat(get("/_stub/messages").json()).isEmpty();
    }

    @Test
    void refusesASendWithoutRecipients() {
        Answer missing = send("{\"From\":\"ip1sms\",\"Message\":\"Hi\"}");
        Answer empty = send("{\"Users\":[],\"From\":\"ip1sms\",\"Message\":\"Hi\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("ModelState").propertyNames()).containsExactly("message.Users");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("ModelState").propertyNames()).containsExactly("message.Users");
    }

    @Test
    void refusesValuesOfTheWrongTypeNamingTheField() {
        Answer email = send("{\"Users\":[{\"FirstName\":\"Anna\",\"Phone\":\"+46701234567\"}],\"Email\":\"yes\","
                + "\"From\":\"ip1sms\",\"Message\":\"Hi\"}");
        Answer phone = send("{\"Users\":[{\"FirstName\":\"Anna\",\"Phone\":46701234567}],\"From\":\"ip1sms\",\"Message\":\"Hi\"}");

        assertThat(email.status()).isEqualTo(400);
        assertThat(email.json().get("ModelState").get("message.Email").get(0).asString()).isEqualTo("Expected true or false.");
        assertThat(phone.status()).isEqualTo(400);
        assertThat(phone.json().get("ModelState").get("message.Users[0].Phone").get(0).asString()).isEqualTo("Expected a string.");
        assertThat(get("/_stub/messages").json()).isEmpty();
    }

    @Test
    void everySentMessageIsRecorded() {
        send(nki("Hi", "+46701234567", "+46701234568"));

        JsonNode recorded = get("/_stub/messages").json();

        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0).get("account").asString()).isEqualTo(ACCOUNT);
        assertThat(recorded.get(0).get("to").asString()).isEqualTo("+46701234567");
        assertThat(recorded.get(0).get("direction").asString()).isEqualTo("OUTGOING");
        assertThat(recorded.get(0).get("status").asInt()).isZero();
    }
}
