package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** IP1 V2 conversations over HTTP: {@code GET /v2/conversations/{participant}}. */
class V2ConversationsTest extends StubHttpTest {

    private static final String PHONE = "46701234567";

    private void sendV1(String message, String... phones) {
        Answer answer = json("POST", "/api/nkis/1/users/send", nki(message, phones), V1);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private void sendV1(int count) {
        for (int i = 1; i <= count; i++) {
            sendV1("Message " + i, "+" + PHONE);
        }
    }

    private static List<String> bodies(Answer answer) {
        return answer.json().valueStream().map(message -> message.get("body").asString()).toList();
    }

    @Test
    void noMessagesIs404ProblemDetails() {
        Answer answer = get("/v2/conversations/" + PHONE, V2);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("title").asString()).isEqualTo("No messages to list");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("type").asString()).isEqualTo("https://tools.ietf.org/html/rfc9110#section-15.5.5");
        assertThat(problem.get("instance").asString()).isEqualTo("/v2/conversations/" + PHONE);
    }

    @Test
    void messagesSentThroughV1AppearOldestFirstInTheSeedsShape() {
        sendV1("Your order has shipped.", "+" + PHONE, "+46701234568");
        sendV1("Ünïcödé ж", "+" + PHONE);

        Answer answer = get("/v2/conversations/" + PHONE, V2);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode messages = answer.json();
        assertThat(bodies(answer)).containsExactly("Your order has shipped.", "Ünïcödé ж");
        JsonNode first = messages.get(0);
        assertThat(first.get("id").asString()).matches("[0-9a-f]{24}");
        assertThat(first.get("batchId").asString()).matches("[0-9a-f]{24}");
        assertThat(first.get("owner").asString()).isEqualTo(ACCOUNT);
        assertThat(first.get("sender").asString()).isEqualTo("ip1sms");
        assertThat(first.get("recipient").asString()).isEqualTo(PHONE);
        assertThat(first.get("direction").asInt()).isZero();
        assertThat(first.get("segments").asInt()).isEqualTo(1);
        assertThat(first.get("type").asInt()).isEqualTo(1);
        assertThat(first.get("datacoding").asInt()).isZero();
        assertThat(first.get("priority").asInt()).isEqualTo(1);
        assertThat(first.get("price").asDouble()).isEqualTo(0.35);
        assertThat(first.get("currency").asString()).isEqualTo("SEK");
        assertThat(first.get("statuses")).hasSize(1);
        assertThat(first.get("statuses").get(0).get("code").asInt()).isEqualTo(101);
        assertThat(first.get("statuses").get(0).get("duration").asInt()).isZero();
        assertThat(first.get("modified")).isEqualTo(first.get("statuses").get(0).get("created"));
        assertThat(messages.get(1).get("datacoding").asInt()).isEqualTo(2);
        assertThat(messages.get(1).get("batchId").asString()).isNotEqualTo(first.get("batchId").asString());
    }

    @Test
    void aPhoneParticipantMatchesWithOrWithoutPlusAndANameMatchesTheSender() {
        sendV1("Hi", "+" + PHONE);

        assertThat(bodies(get("/v2/conversations/+" + PHONE, V2))).containsExactly("Hi");
        assertThat(bodies(get("/v2/conversations/" + PHONE, V2))).containsExactly("Hi");
        assertThat(bodies(get("/v2/conversations/ip1sms", V2))).containsExactly("Hi");
        assertThat(get("/v2/conversations/46701234568", V2).status()).isEqualTo(404);
    }

    @Test
    void descOrderIsNewestFirst() {
        sendV1(3);

        assertThat(bodies(get("/v2/conversations/" + PHONE + "?order=DESC", V2)))
                .containsExactly("Message 3", "Message 2", "Message 1");
    }

    @Test
    void aMiddlePageLinksToFirstPrevNextAndLastWithAbsoluteUrls() {
        sendV1(5);

        Answer answer = get("/v2/conversations/" + PHONE + "?start=2&limit=2", V2);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(bodies(answer)).containsExactly("Message 3", "Message 4");
        String base = "http://localhost:" + port + "/v2/conversations/" + PHONE;
        assertThat(answer.header("Link")).isEqualTo(
                "<" + base + "?start=0&limit=2&order=ASC>; rel=\"first\", "
                        + "<" + base + "?start=0&limit=2&order=ASC>; rel=\"prev\", "
                        + "<" + base + "?start=4&limit=2&order=ASC>; rel=\"next\", "
                        + "<" + base + "?start=4&limit=2&order=ASC>; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPrevAndTheLastNoNext() {
        sendV1(3);

        Answer first = get("/v2/conversations/" + PHONE + "?limit=2&order=DESC", V2);
        Answer last = get("/v2/conversations/" + PHONE + "?start=2&limit=2&order=DESC", V2);
        Answer only = get("/v2/conversations/" + PHONE, V2);

        String base = "http://localhost:" + port + "/v2/conversations/" + PHONE;
        assertThat(bodies(first)).containsExactly("Message 3", "Message 2");
        assertThat(first.header("Link")).isEqualTo(
                "<" + base + "?start=0&limit=2&order=DESC>; rel=\"first\", "
                        + "<" + base + "?start=2&limit=2&order=DESC>; rel=\"next\", "
                        + "<" + base + "?start=2&limit=2&order=DESC>; rel=\"last\"");
        assertThat(bodies(last)).containsExactly("Message 1");
        assertThat(last.header("Link")).doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
        assertThat(only.header("Link")).isEqualTo(
                "<" + base + "?start=0&limit=50&order=ASC>; rel=\"first\", <" + base + "?start=0&limit=50&order=ASC>; rel=\"last\"");
    }

    @Test
    void aStartBeyondTheLastMessageIs404() {
        sendV1(2);

        Answer answer = get("/v2/conversations/" + PHONE + "?start=2", V2);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("title").asString()).isEqualTo("No messages to list");
    }

    @ParameterizedTest
    // 16 digits: longer than any MSISDN (E.164 allows 15); é: a name is ASCII
    @ValueSource(strings = {"+46%2070", "4670123456789012", "nam%C3%A9", "averylongname"})
    void anInvalidParticipantIs400(String participant) {
        Answer answer = get("/v2/conversations/" + participant, V2);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("title").asString()).isEqualTo("Participant was invalid");
        assertThat(answer.json().get("detail").asString()).contains("is not a participant name or phone number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"start=-1", "limit=0", "limit=1001", "order=asc", "order=UP", "start=abc", "limit=1.5"})
    void invalidPagingIs400(String query) {
        sendV1(1);

        Answer answer = get("/v2/conversations/" + PHONE + "?" + query, V2);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("title").asString()).isEqualTo("Pagination parameters invalid");
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void anAccountSeesOnlyItsOwnMessages() {
        sendV1("Mine", "+" + PHONE);

        assertThat(get("/v2/conversations/" + PHONE, V2_OTHER).status()).isEqualTo(404);
    }

    @Test
    void anIncomingMessageAppearsWithDirection1() {
        sendV1("How happy are you?", "+" + PHONE);
        Answer injected = json("POST", "/_stub/ip1/incoming",
                "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+" + PHONE + "\",\"to\":\"ip1sms\",\"message\":\"Very happy\"}");
        assertThat(injected.status()).isEqualTo(201);

        JsonNode messages = get("/v2/conversations/" + PHONE, V2).json();

        assertThat(messages).hasSize(2);
        JsonNode incoming = messages.get(1);
        assertThat(incoming.get("direction").asInt()).isEqualTo(1);
        assertThat(incoming.get("sender").asString()).isEqualTo(PHONE);
        assertThat(incoming.get("recipient").asString()).isEqualTo("ip1sms");
        assertThat(incoming.get("body").asString()).isEqualTo("Very happy");
        assertThat(incoming.get("id").asString()).isEqualTo(injected.json().get("conversationId").asString());
    }

    @Test
    void statusesProgressWhenDeliveriesSettle() {
        sendV1(1);

        assertThat(codes()).containsExactly(101);
        json("POST", "/_stub/deliveries/settle?until=NETWORK", null);
        assertThat(codes()).containsExactly(101, 102);
        json("POST", "/_stub/deliveries/settle", null);
        assertThat(codes()).containsExactly(101, 102, 201);
    }

    private List<Integer> codes() {
        return get("/v2/conversations/" + PHONE, V2).json().get(0).get("statuses").valueStream()
                .map(status -> status.get("code").asInt()).toList();
    }

    private void receive(String message) {
        Answer injected = json("POST", "/_stub/ip1/incoming",
                "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+" + PHONE + "\",\"to\":\"ip1sms\",\"message\":\"" + message + "\"}");
        assertThat(injected.status()).isEqualTo(201);
    }

    @Test
    void mtListsTheOutgoingMessagesOfEitherApiAndMoTheIncomingOnes() {
        sendV1("Sent through V1", "+" + PHONE);
        receive("Reply one");
        assertThat(json("POST", "/v2/batches", "{\"sender\":\"ip1sms\",\"recipients\":[\"" + PHONE
                + "\"],\"body\":\"Sent through V2\"}", V2).status()).isEqualTo(201);
        receive("Reply two");

        Answer mt = get("/v2/conversations/" + PHONE + "/mt", V2);
        Answer mo = get("/v2/conversations/" + PHONE + "/mo?order=DESC", V2);

        assertThat(mt.status()).isEqualTo(200);
        assertThat(bodies(mt)).containsExactly("Sent through V1", "Sent through V2");
        assertThat(mt.json().valueStream().map(message -> message.get("direction").asInt())).containsOnly(0);
        assertThat(bodies(mo)).containsExactly("Reply two", "Reply one");
        assertThat(mo.json().valueStream().map(message -> message.get("direction").asInt())).containsOnly(1);
        assertThat(mo.json().get(0).get("sender").asString()).isEqualTo(PHONE);
        assertThat(bodies(get("/v2/conversations/" + PHONE, V2))).hasSize(4);
    }

    @Test
    void mtAndMoArePaginatedWithTheirOwnLinks() {
        sendV1(3);

        Answer page = get("/v2/conversations/" + PHONE + "/mt?limit=2", V2);

        String base = "http://localhost:" + port + "/v2/conversations/" + PHONE + "/mt";
        assertThat(bodies(page)).containsExactly("Message 1", "Message 2");
        assertThat(page.header("Link")).isEqualTo("<" + base + "?start=0&limit=2&order=ASC>; rel=\"first\", <" + base
                + "?start=2&limit=2&order=ASC>; rel=\"next\", <" + base + "?start=2&limit=2&order=ASC>; rel=\"last\"");
    }

    @Test
    void aDirectionWithoutMessagesIs404() {
        sendV1(1);

        Answer mo = get("/v2/conversations/" + PHONE + "/mo", V2);

        assertThat(mo.status()).isEqualTo(404);
        assertThat(mo.contentType()).isEqualTo("application/problem+json");
        assertThat(mo.json().get("title").asString()).isEqualTo("No messages to list");
        assertThat(mo.json().get("detail").asString()).isEqualTo("There are no messages from " + PHONE + ".");
        assertThat(get("/v2/conversations/46701234568/mt", V2).status()).isEqualTo(404);
        assertThat(get("/v2/conversations/" + PHONE + "/mt", V2_OTHER).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mt", "/mo"})
    void anInvalidParticipantOrPageIs400ForEitherDirection(String direction) {
        assertThat(get("/v2/conversations/4670123456789012" + direction, V2).json().get("title").asString())
                .isEqualTo("Participant was invalid");
        assertThat(get("/v2/conversations/" + PHONE + direction + "?limit=0", V2).json().get("title").asString())
                .isEqualTo("Pagination parameters invalid");
    }
}
