package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A stub that keeps 3 messages per account: the oldest batches go, and their ids answer as unknown ones. */
@TestPropertySource(properties = "smskit.stub.retention.messages-per-account=3")
class V1V2RetentionTest extends StubHttpTest {

    private static final String PHONE = "46701234567";

    private JsonNode sendV1(String[] account, String phone, String text) {
        return ok(json("POST", "/api/sms/send",
                "{\"Numbers\":[\"" + phone + "\"],\"From\":\"ip1sms\",\"Message\":\"" + text + "\"}", account)).get(0);
    }

    private String sendV2(String text, String... recipients) {
        Answer answer = json("POST", "/v2/batches", "{\"sender\":\"ip1sms\",\"recipients\":[\"" + String.join("\",\"", recipients)
                + "\"],\"body\":\"" + text + "\"}", V2);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    private static List<String> values(JsonNode list, String field) {
        return list.valueStream().map(item -> item.get(field).asString()).toList();
    }

    @Test
    void v1KeepsTheNewestThreeAndADroppedIdIsNotFound() {
        sendV1(V1_OTHER, "+46701234560", "Other 1");
        List<Integer> ids = List.of("1", "2", "3", "4", "5").stream()
                .map(n -> sendV1(V1, "+4670123456" + n, "Message " + n).get("ID").asInt()).toList();
        sendV1(V1_OTHER, "+46701234569", "Other 2");

        assertThat(values(ok(get("/api/sms/sent", V1)), "Message")).containsExactly("Message 3", "Message 4", "Message 5");
        Answer dropped = get("/api/sms/sent/" + ids.get(1), V1);
        assertThat(dropped.status()).isEqualTo(404);
        assertThat(dropped.json().get("Message").asString()).isEqualTo("SMS " + ids.get(1) + " was not found.");
        assertThat(get("/api/sms/sent/" + ids.get(0), V1).status()).isEqualTo(404);
        assertThat(ok(get("/api/sms/sent/" + ids.get(2), V1)).get("Message").asString()).isEqualTo("Message 3");
        assertThat(values(ok(get("/api/sms/sent", V1_OTHER)), "Message")).as("another account keeps its own")
                .containsExactly("Other 1", "Other 2");
        assertThat(values(ok(get("/_stub/messages")), "to")).as("the control API lists only what is kept")
                .containsExactly("+46701234560", "+46701234563", "+46701234564", "+46701234565", "+46701234569");
    }

    @Test
    void v2BatchesConversationsAndPagesWorkOnWhatIsKept() {
        List<String> batches = List.of("1", "2", "3", "4", "5").stream().map(n -> sendV2("Text " + n, PHONE)).toList();

        assertThat(values(ok(get("/v2/batches", V2)), "body")).containsExactly("Text 3", "Text 4", "Text 5");
        assertThat(values(ok(get("/v2/batches?start=2&limit=2", V2)), "body")).containsExactly("Text 5");
        assertThat(values(ok(get("/v2/batches?order=DESC&limit=2", V2)), "body")).containsExactly("Text 5", "Text 4");
        assertThat(get("/v2/batches/" + batches.get(0), V2).status()).isEqualTo(404);
        assertThat(get("/v2/batches/" + batches.get(1) + "/messages", V2).status()).isEqualTo(404);
        assertThat(values(ok(get("/v2/batches/" + batches.get(2) + "/messages", V2)), "body")).containsExactly("Text 3");
        assertThat(values(ok(get("/v2/conversations/" + PHONE, V2)), "body")).containsExactly("Text 3", "Text 4", "Text 5");
        assertThat(values(ok(get("/v2/conversations/" + PHONE + "?start=1&limit=1", V2)), "body")).containsExactly("Text 4");
    }

    @Test
    void incomingMessagesCountAndOldBatchesGoWhole() {
        String pair = sendV2("Pair", PHONE, "46701234568");
        json("POST", "/_stub/ip1/incoming", "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+" + PHONE + "\",\"message\":\"Reply\"}");
        // four messages: the whole pair goes, not only its first message
        String single = sendV2("Single", PHONE);

        assertThat(get("/v2/batches/" + pair, V2).status()).isEqualTo(404);
        assertThat(values(ok(get("/v2/conversations/" + PHONE, V2)), "body")).containsExactly("Reply", "Single");

        String big = sendV2("Big", "46701234561", "46701234562", "46701234563", "46701234564");

        assertThat(values(ok(get("/v2/batches/" + big + "/messages", V2)), "body"))
                .as("the newest batch stays whole even beyond the limit").hasSize(4);
        assertThat(get("/v2/batches/" + single, V2).status()).isEqualTo(404);
        assertThat(values(ok(get("/v2/batches", V2)), "body")).containsExactly("Big");
    }
}
