package dev.smskit.stub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Failed deliveries over real HTTP: the magic recipient numbers of each API (application.yaml, README
 * "Simulating failures") and {@code POST /_stub/deliveries/fail}, read back through each API's own status
 * reads. The stub's clock stands still: a magic number's message fails when the clock reaches the time
 * it would have been handed to the network (1 s), or at once when settled.
 */
class FailedDeliveriesTest extends StubHttpTest {

    private static final String PHONE = "46701234567";

    @ParameterizedTest(name = "+{0} fails with V2 {1}, V1 {2}")
    @CsvSource({
            "46701740605, 500, 51, Delivery to GSM network failed",
            "46701740606, 202, 52, Delivery to phone failed",
            "46701740607, 402, 42, Internal error",
            "46701740608, 403, 42, Internal error",
            "46701740609, 404, 42, Internal error"})
    void anIp1MagicNumberIsAcceptedThenFailsWithItsCodeWhenItWouldHaveReachedTheNetwork(String number, int v2Code,
            int v1Status, String v1Description) {
        String batchId = sentV2(number).get("id").asString();
        assertThat(codes(ok(get("/v2/batches/" + batchId + "/messages", V2)).get(0))).containsExactly(101);
        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isZero();

        clock.add(Duration.ofSeconds(1));

        JsonNode message = ok(get("/v2/batches/" + batchId + "/messages", V2)).get(0);
        assertThat(codes(message)).containsExactly(101, v2Code);
        assertThat(message.get("statuses").get(1).get("created").asString()).isEqualTo("2026-01-01T00:00:01.000Z");
        JsonNode v1 = ok(get("/api/sms/sent/1", V1));
        assertThat(v1.get("Status").asInt()).isEqualTo(v1Status);
        assertThat(v1.get("StatusDescription").asString()).isEqualTo(v1Description);
        // and it stays failed
        clock.add(Duration.ofHours(1));
        assertThat(codes(ok(get("/v2/batches/" + batchId + "/messages", V2)).get(0))).containsExactly(101, v2Code);
    }

    @ParameterizedTest(name = "+{0} fails with {1}")
    @CsvSource({
            "46701740620, KO", "46701740621, ERROR", "46701740622, TIMEOUT", "46701740623, UNKNRCPT",
            "46701740624, UNKNPFX", "46701740625, INVALIDDST", "46701740626, BLACKLISTED",
            "46701740627, INVALIDCONTENTS", "46701740628, TOOM4USER", "46701740629, TOOM4NUM"})
    void anSmsendMagicNumberIsAcceptedThenFailsWithItsState(String number, String state) {
        String[] keys = smsendKeys();
        sendSmsend(keys, "order-1", "+" + number, "+393471234567");
        assertThat(smsendStates(keys, "order-1")).containsExactly("+" + number + " WAITING", "+393471234567 WAITING");

        clock.add(Duration.ofSeconds(1));

        assertThat(smsendStates(keys, "order-1")).containsExactly("+" + number + " " + state, "+393471234567 SENT");
        clock.add(Duration.ofSeconds(2));
        assertThat(smsendStates(keys, "order-1")).containsExactly("+" + number + " " + state, "+393471234567 DLVRD");
    }

    @Test
    void settlingMakesAMagicNumbersFailureFinalAtOnce() {
        String[] keys = smsendKeys();
        sendSmsend(keys, "order-1", "+46701740622");
        sentV2("46701740605");

        assertThat(ok(json("POST", "/_stub/deliveries/settle?until=NETWORK", "")).get("settled").asInt()).isEqualTo(2);

        assertThat(smsendStates(keys, "order-1")).containsExactly("+46701740622 TIMEOUT");
        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isEqualTo(51);
        JsonNode recorded = ok(get("/_stub/messages"));
        assertThat(recorded.valueStream().map(m -> m.get("step").asString() + " " + m.get("to").asString()))
                .containsExactly("FAILED 46701740605", "FAILED +46701740622");
        assertThat(recorded.get(0).get("status").asInt()).isEqualTo(51);
        assertThat(recorded.get(0).get("statusCode").asInt()).isEqualTo(500);
        assertThat(recorded.get(1).get("smsendStatus").asString()).isEqualTo("TIMEOUT");
    }

    @Test
    void failDeliveryFailsAnIp1MessageByItsV1OrV2IdEverywhereItsStatusShows() {
        JsonNode batch = sentV2(PHONE, "46709876543");
        String v2Id = ok(get("/v2/batches/" + batch.get("id").asString() + "/messages", V2)).get(1).get("id").asString();
        clock.add(Duration.ofSeconds(1));

        JsonNode failed = ok(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"1\",\"code\":\"404\"}"));
        JsonNode byV2Id = ok(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"" + v2Id + "\",\"code\":\"202\"}"));

        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(failed.get(0).get("step").asString()).isEqualTo("FAILED");
        assertThat(failed.get(0).get("status").asInt()).isEqualTo(42);
        assertThat(failed.get(0).get("statusCode").asInt()).isEqualTo(404);
        assertThat(byV2Id.get(0).get("conversationId").asString()).isEqualTo(v2Id);
        assertThat(byV2Id.get(0).get("status").asInt()).isEqualTo(52);
        // the V2 statuses history and the conversation
        JsonNode messages = ok(get("/v2/batches/" + batch.get("id").asString() + "/messages", V2));
        assertThat(codes(messages.get(0))).containsExactly(101, 102, 404);
        assertThat(codes(messages.get(1))).containsExactly(101, 102, 202);
        JsonNode conversation = ok(get("/v2/conversations/" + PHONE, V2));
        assertThat(codes(conversation.get(0))).containsExactly(101, 102, 404);
        assertThat(ok(get("/v2/batches/" + batch.get("id").asString() + "/messages/" + messages.get(0).get("id").asString(), V2))
                .get("statuses").valueStream().map(status -> status.get("code").asInt()).toList()).containsExactly(101, 102, 404);
        // the inbox's detail: the failure in the status history, with its code
        JsonNode history = ok(get("/_stub/messages/" + failed.get(0).get("key").asString())).get("history");
        assertThat(history.valueStream().map(step -> step.get("step").asString()
                + (step.has("code") ? " " + step.get("code").asString() : ""))).containsExactly("ACCEPTED", "NETWORK", "FAILED 404");
        // V1
        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isEqualTo(42);
        assertThat(ok(get("/api/sms/sent", V1)).valueStream().map(sms -> sms.get("Status").asInt())).containsExactly(42, 52);
        // nothing moves it on any more
        clock.add(Duration.ofHours(1));
        ok(json("POST", "/_stub/deliveries/settle", ""));
        assertThat(codes(ok(get("/v2/conversations/" + PHONE, V2)).get(0))).containsExactly(101, 102, 404);
    }

    @Test
    void failDeliveryFailsAnSmsendOrderOrOneOfItsRecipients() {
        String[] keys = smsendKeys();
        sendSmsend(keys, "order-1", "+393471234567", "+393471234568");
        sendSmsend(keys, "order-2", "+393471234567", "+393471234568");

        JsonNode one = ok(fail("{\"api\":\"smsend\",\"account\":\"test\",\"orderId\":\"order-1\",\"to\":\"+393471234568\","
                + "\"code\":\"BLACKLISTED\"}"));
        JsonNode all = ok(fail("{\"api\":\"smsend\",\"account\":\"test\",\"orderId\":\"order-2\",\"code\":\"KO\"}"));

        assertThat(one.valueStream().map(m -> m.get("to").asString() + " " + m.get("smsendStatus").asString() + " "
                + m.get("step").asString())).containsExactly("+393471234568 BLACKLISTED FAILED");
        assertThat(all.valueStream().map(m -> m.get("to").asString() + " " + m.get("smsendStatus").asString()))
                .containsExactly("+393471234567 KO", "+393471234568 KO");
        assertThat(smsendStates(keys, "order-1")).containsExactly("+393471234567 WAITING", "+393471234568 BLACKLISTED");
        assertThat(smsendStates(keys, "order-2")).containsExactly("+393471234567 KO", "+393471234568 KO");
        clock.add(Duration.ofSeconds(3));
        assertThat(smsendStates(keys, "order-1")).containsExactly("+393471234567 DLVRD", "+393471234568 BLACKLISTED");
    }

    @Test
    void failDeliveryOfAnUnknownMessageIs404() {
        sentV2(PHONE);
        sendSmsend(smsendKeys(), "order-1", "+393471234567");

        assertProblem(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"2\",\"code\":\"500\"}"), 404);
        assertProblem(fail("{\"api\":\"ip1\",\"account\":\"" + OTHER_ACCOUNT + "\",\"id\":\"1\",\"code\":\"500\"}"), 404);
        assertProblem(fail("{\"api\":\"smsend\",\"account\":\"test\",\"orderId\":\"order-2\",\"code\":\"KO\"}"), 404);
        assertProblem(fail("{\"api\":\"smsend\",\"account\":\"test\",\"orderId\":\"order-1\",\"to\":\"+393470000000\","
                + "\"code\":\"KO\"}"), 404);
        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isZero();
    }

    @Test
    void failDeliveryOfADeliveredOrFailedMessageIs409AndChangesNothing() {
        sentV2(PHONE);
        String[] keys = smsendKeys();
        sendSmsend(keys, "order-1", "+393471234567");
        sendSmsend(keys, "order-2", "+393471234567", "+46701740620");
        ok(json("POST", "/_stub/deliveries/settle", ""));

        JsonNode delivered = assertProblem(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"1\",\"code\":\"500\"}"), 409);
        assertThat(delivered.get("detail").asString()).isEqualTo("Message 1 is final already (V1 Status 22, V2 code 201).");
        assertProblem(fail("{\"api\":\"smsend\",\"account\":\"test\",\"orderId\":\"order-1\",\"code\":\"KO\"}"), 409);
        assertProblem(fail("{\"api\":\"smsend\",\"account\":\"test\",\"orderId\":\"order-2\",\"code\":\"ERROR\"}"), 409);

        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isEqualTo(22);
        assertThat(smsendStates(keys, "order-2")).containsExactly("+393471234567 DLVRD", "+46701740620 KO");
    }

    @Test
    void failDeliveryWithAnInvalidCodeOrBodyIs400InTheControlApisShape() {
        sentV2(PHONE);
        sendSmsend(smsendKeys(), "order-1", "+393471234567");

        assertThat(assertProblem(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"1\",\"code\":\"201\"}"), 400)
                .get("errors").has("code")).isTrue();
        assertThat(assertProblem(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"1\",\"code\":\"KO\"}"), 400)
                .get("errors").has("code")).isTrue();
        assertThat(assertProblem(fail("{\"api\":\"smsend\",\"account\":\"test\",\"orderId\":\"order-1\",\"code\":\"DLVRD\"}"), 400)
                .get("errors").has("code")).isTrue();
        assertThat(assertProblem(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"code\":\"500\"}"), 400)
                .get("errors").has("id")).isTrue();
        assertThat(assertProblem(fail("{\"api\":\"smsend\",\"account\":\"test\",\"code\":\"KO\"}"), 400)
                .get("errors").has("orderId")).isTrue();
        assertProblem(fail("{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"1\"}"), 400);
        assertProblem(fail("{\"api\":\"ip2\",\"account\":\"" + ACCOUNT + "\",\"id\":\"1\",\"code\":\"500\"}"), 400);
        assertProblem(fail("not json"), 400);

        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isZero();
    }

    private Answer fail(String body) {
        return json("POST", "/_stub/deliveries/fail", body);
    }

    private static JsonNode assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        return answer.json();
    }

    private JsonNode sentV2(String... recipients) {
        Answer answer = json("POST", "/v2/batches", "{\"sender\":\"ip1sms\",\"recipients\":[\""
                + String.join("\",\"", recipients) + "\"],\"body\":\"Your order has shipped.\"}", V2);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static List<Integer> codes(JsonNode message) {
        return message.get("statuses").valueStream().map(status -> status.get("code").asInt()).toList();
    }

    private String[] smsendKeys() {
        String[] keys = get("/API/v1.0/REST/token?username=test&password=test").body().split(";");
        return new String[] {"user_key", keys[0], "Access_token", keys[1]};
    }

    private void sendSmsend(String[] keys, String orderId, String... phones) {
        Answer answer = json("POST", "/API/v1.0/REST/sms", "{\"message_type\":\"N\",\"message\":\"Hello\",\"recipient\":[\""
                + String.join("\",\"", phones) + "\"],\"order_id\":\"" + orderId + "\"}", keys);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private List<String> smsendStates(String[] keys, String orderId) {
        return ok(get("/API/v1.0/REST/sms/" + orderId, keys)).get("recipients").valueStream()
                .map(recipient -> recipient.get("destination").asString() + " " + recipient.get("status").asString())
                .toList();
    }
}
