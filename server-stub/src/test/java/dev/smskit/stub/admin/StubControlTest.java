package dev.smskit.stub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The control API ({@code /_stub}, specs/stub-admin.yaml). */
class StubControlTest extends StubHttpTest {

    private void sendV1(String[] auth, String... phones) {
        Answer answer = json("POST", "/api/nkis/1/users/send", nki("Hello", phones), auth);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    /** An smsend SMS from {@code username} (its password is its name) to one phone. */
    private void sendSmsend(String username, String phone) {
        String[] keys = get("/API/v1.0/REST/token?username=" + username + "&password=" + username).body().split(";");
        Answer answer = json("POST", "/API/v1.0/REST/sms",
                "{\"message_type\":\"N\",\"message\":\"Ciao\",\"recipient\":[\"" + phone + "\"]}",
                "user_key", keys[0], "Access_token", keys[1]);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private List<String> listed(String query) {
        Answer answer = get("/_stub/messages" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().valueStream()
                .map(message -> message.get("api").asString() + " " + message.get("account").asString() + " "
                        + message.get("to").asString())
                .toList();
    }

    @Test
    void withoutATokenSettingTheControlApiIsOpen() {
        ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1));

        Answer bare = send("POST", "/_stub/reset", null);
        Answer anyToken = get("/_stub/messages", bearer("whatever"));

        assertThat(bare.status()).isEqualTo(204);
        assertThat(get("/api/groups", V1).json()).isEmpty();
        assertThat(anyToken.status()).isEqualTo(200);
    }

    @Test
    void resetForgetsEverythingAndRestartsIds() {
        ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1));
        ok(json("POST", "/api/contacts", "{\"FirstName\":\"Anna\",\"Phone\":\"+46701234567\"}", V1));
        ok(json("POST", "/api/memberships", "{\"Group\":1,\"Contact\":1}", V1));
        ok(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234599\"}", V1));
        sendV1(V1, "+46701234567");

        Answer reset = send("POST", "/_stub/reset", null);

        assertThat(reset.status()).isEqualTo(204);
        assertThat(reset.body()).isEmpty();
        assertThat(get("/api/groups", V1).json()).isEmpty();
        assertThat(get("/api/contacts", V1).json()).isEmpty();
        assertThat(get("/api/memberships", V1).json()).isEmpty();
        assertThat(get("/api/blacklist", V1).json()).isEmpty();
        assertThat(get("/_stub/messages").json()).isEmpty();
        assertThat(get("/v2/conversations/46701234567", V2).status()).isEqualTo(404);
        assertThat(json("POST", "/api/groups", "{\"Name\":\"Again\"}", V1).json().get("ID").asInt()).isEqualTo(1);
        assertThat(json("POST", "/api/contacts", "{\"FirstName\":\"Erik\",\"Phone\":\"+46701234568\"}", V1).json()
                .get("ID").asInt()).isEqualTo(1);
    }

    @Test
    void messagesListsEveryMessageOldestFirstOrOneAccounts() {
        sendV1(V1, "+46701234567", "+46701234568");
        sendV1(V1_OTHER, "+46701234569");

        JsonNode all = get("/_stub/messages").json();
        JsonNode mine = get("/_stub/messages?account=" + ACCOUNT).json();

        assertThat(all.valueStream().map(message -> message.get("to").asString()))
                .containsExactly("+46701234567", "+46701234568", "+46701234569");
        assertThat(mine.valueStream().map(message -> message.get("to").asString()))
                .containsExactly("+46701234567", "+46701234568");
        JsonNode first = all.get(0);
        assertThat(first.get("id").asInt()).isEqualTo(1);
        assertThat(first.get("conversationId").asString()).isEqualTo("000000000000000000000001");
        assertThat(first.get("from").asString()).isEqualTo("ip1sms");
        assertThat(first.get("message").asString()).isEqualTo("Hello");
        assertThat(first.get("encoding").asString()).isEqualTo("GSM");
        assertThat(first.get("segments").asInt()).isEqualTo(1);
        assertThat(first.get("price").asDouble()).isEqualTo(0.35);
        assertThat(first.get("currency").asString()).isEqualTo("SEK");
        assertThat(first.get("status").asInt()).isZero();
        assertThat(first.get("statusCode").asInt()).isEqualTo(101);
    }

    @Test
    void messagesListsEveryApisMessagesWithTheirApiAndAccountAndFiltersByBoth() {
        sendSmsend("test", "+393471234567");
        sendV1(V1, "+46701234567");
        sendSmsend("test2", "+393478765432");

        assertThat(listed("")).as("IP1 first, then smsend").containsExactly("ip1 ip1-12345 +46701234567",
                "smsend test +393471234567", "smsend test2 +393478765432");
        assertThat(listed("?api=smsend")).containsExactly("smsend test +393471234567", "smsend test2 +393478765432");
        assertThat(listed("?api=ip1")).containsExactly("ip1 ip1-12345 +46701234567");
        assertThat(listed("?account=test2")).containsExactly("smsend test2 +393478765432");
        assertThat(listed("?api=ip1&account=test")).isEmpty();
        JsonNode ip1 = get("/_stub/messages?api=ip1").json().get(0);
        JsonNode smsend = get("/_stub/messages?api=smsend").json().get(0);
        assertThat(ip1.has("smsendStatus")).isFalse();
        assertThat(ip1.get("statusCode").asInt()).isEqualTo(101);
        assertThat(smsend.get("smsendStatus").asString()).isEqualTo("WAITING");
        assertThat(smsend.has("statusCode") || smsend.has("status") || smsend.has("id")).as("IP1 terms").isFalse();
    }

    @Test
    void ip1MessagesSayWhichApiSentThem() {
        sendV1(V1, "+46701234567");
        Answer batch = json("POST", "/v2/batches", "{\"sender\":\"shop\",\"recipients\":[\"46701234568\"],\"body\":\"Hi\"}", V2);
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        assertThat(json("POST", "/_stub/ip1/incoming", "{\"account\":\"" + ACCOUNT + "\",\"from\":\"46701234567\",\"message\":\"Ok\"}")
                .status()).isEqualTo(201);

        JsonNode all = get("/_stub/messages").json();

        assertThat(all.valueStream().map(message -> message.path("ip1Api").asString("(none)")))
                .containsExactly("V1", "V2", "(none)");
    }

    @Test
    void anUnknownApiIsRefused() {
        Answer answer = get("/_stub/messages?api=twilio");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void settleMovesSmsendSmsOnToo() {
        sendSmsend("test", "+393471234567");
        sendV1(V1, "+46701234567");

        Answer settled = send("POST", "/_stub/deliveries/settle", null);

        assertThat(settled.json().get("settled").asInt()).isEqualTo(2);
        assertThat(get("/_stub/messages?api=smsend").json().get(0).get("smsendStatus").asString()).isEqualTo("DLVRD");
    }

    @Test
    void anInjectedSmsIsRecordedAsIncoming() {
        Answer answer = json("POST", "/_stub/ip1/incoming",
                "{\"account\":\"" + ACCOUNT + "\",\"from\":\"46701234567\",\"message\":\"Stop\"}");

        assertThat(answer.status()).isEqualTo(201);
        JsonNode message = answer.json();
        assertThat(message.get("api").asString()).isEqualTo("ip1");
        assertThat(message.get("direction").asString()).isEqualTo("INCOMING");
        assertThat(message.get("from").asString()).as("as sent").isEqualTo("46701234567");
        assertThat(message.get("to").asString()).as("the account when not given").isEqualTo(ACCOUNT);
        assertThat(message.has("status")).as("V1 statuses are for outgoing messages").isFalse();
        assertThat(message.get("statusCode").asInt()).isEqualTo(201);
        assertThat(get("/_stub/messages").json().get(0)).isEqualTo(message);
        assertThat(get("/v2/conversations/46701234567", V2).json().get(0).get("direction").asInt()).isEqualTo(1);
        assertThat(get("/v2/conversations/46701234567", V2_OTHER).status()).isEqualTo(404);
    }

    @Test
    void anInvalidInjectionIs400NamingEachFieldAndRecordsNothing() {
        Answer unknown = json("POST", "/_stub/ip1/incoming", "{\"account\":\"ip1-99999\",\"from\":\"+4670\",\"message\":\"x\"}");
        Answer missing = json("POST", "/_stub/ip1/incoming", "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+46701234567\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("errors").propertyNames()).containsExactly("account", "from");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").propertyNames()).containsExactly("message");
        assertThat(get("/_stub/messages").json()).isEmpty();
    }

    @Test
    void settleMovesPendingDeliveriesOnNow() {
        sendV1(V1, "+46701234567", "+46701234568");

        Answer network = send("POST", "/_stub/deliveries/settle?until=NETWORK", null);
        JsonNode afterNetwork = get("/_stub/messages").json();
        Answer phone = send("POST", "/_stub/deliveries/settle", null);
        JsonNode afterPhone = get("/_stub/messages").json();
        Answer again = send("POST", "/_stub/deliveries/settle", null);

        assertThat(network.json().get("settled").asInt()).isEqualTo(2);
        assertThat(afterNetwork.valueStream().map(message -> message.get("status").asInt())).containsOnly(21);
        assertThat(afterNetwork.valueStream().map(message -> message.get("statusCode").asInt())).containsOnly(102);
        assertThat(phone.json().get("settled").asInt()).isEqualTo(2);
        assertThat(afterPhone.valueStream().map(message -> message.get("status").asInt())).containsOnly(22);
        assertThat(afterPhone.valueStream().map(message -> message.get("statusCode").asInt())).containsOnly(201);
        assertThat(again.json().get("settled").asInt()).isZero();
    }

    @Test
    void settleRefusesAnUnknownStep() {
        Answer answer = send("POST", "/_stub/deliveries/settle?until=MOON", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").has("until")).isTrue();
    }
}
