package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** IP1 V2 batches over HTTP: {@code POST/GET /v2/batches}, one batch, its messages and their statuses. */
class V2BatchesTest extends StubHttpTest {

    private static final String PHONE = "46701234567";
    private static final String OTHER_PHONE = "46709876543";
    private static final String SHIPPING = "{\"sender\":\"ip1sms\",\"recipients\":[\"" + PHONE + "\",\"" + OTHER_PHONE
            + "\"],\"body\":\"Your order has shipped.\",\"reference\":\"order-10023\",\"tags\":[\"shipping\"]}";

    private Answer send(String body) {
        return json("POST", "/v2/batches", body, V2);
    }

    private JsonNode sent(String body) {
        Answer answer = send(body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static String batch(String recipient, String text) {
        return "{\"sender\":\"ip1sms\",\"recipients\":[\"" + recipient + "\"],\"body\":\"" + text + "\"}";
    }

    private static List<String> texts(JsonNode list, String field) {
        return list.valueStream().map(item -> item.get(field).asString()).toList();
    }

    private List<Integer> codes(String path) {
        return get(path, V2).json().get("statuses").valueStream().map(status -> status.get("code").asInt()).toList();
    }

    @Test
    void aBatchIsCreated201WithItsLocationAndEchoesTheRequest() {
        Answer answer = send(SHIPPING);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode batch = answer.json();
        String id = batch.get("id").asString();
        assertThat(id).matches("[0-9a-f]{24}");
        assertThat(answer.header("Location")).isEqualTo("http://localhost:" + port + "/v2/batches/" + id);
        assertThat(batch.get("owner").asString()).isEqualTo(ACCOUNT);
        assertThat(batch.get("sender").asString()).isEqualTo("ip1sms");
        assertThat(batch.get("recipients").valueStream().map(JsonNode::asString)).containsExactly(PHONE, OTHER_PHONE);
        assertThat(batch.get("body").asString()).isEqualTo("Your order has shipped.");
        assertThat(batch.get("type").asString()).isEqualTo("sms");
        assertThat(batch.get("datacoding").asString()).isEqualTo("gsm");
        assertThat(batch.get("priority").asInt()).isEqualTo(1);
        assertThat(batch.get("deliveryWindows")).isEmpty();
        assertThat(batch.has("deliveryReportUrl")).isFalse();
        assertThat(batch.get("reference").asString()).isEqualTo("order-10023");
        assertThat(batch.get("tags").valueStream().map(JsonNode::asString)).containsExactly("shipping");
        assertThat(batch.get("created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        Answer read = get("/v2/batches/" + id, V2);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(batch);
    }

    @Test
    void theMessagesOfABatchCarryItsIdAndReferenceAndProgressLikeV1Sends() {
        String id = sent(SHIPPING).get("id").asString();

        Answer answer = get("/v2/batches/" + id + "/messages", V2);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Link")).contains("rel=\"first\"").contains("rel=\"last\"");
        JsonNode messages = answer.json();
        assertThat(texts(messages, "recipient")).containsExactly(PHONE, OTHER_PHONE);
        JsonNode first = messages.get(0);
        assertThat(first.get("batchId").asString()).isEqualTo(id);
        assertThat(first.get("owner").asString()).isEqualTo(ACCOUNT);
        assertThat(first.get("sender").asString()).isEqualTo("ip1sms");
        assertThat(first.get("direction").asInt()).isZero();
        assertThat(first.get("type").asInt()).isEqualTo(1);
        assertThat(first.get("priority").asInt()).isEqualTo(1);
        assertThat(first.get("reference").asString()).isEqualTo("order-10023");
        assertThat(first.get("price").asDouble()).isEqualTo(0.35);

        String message = "/v2/batches/" + id + "/messages/" + first.get("id").asString();
        assertThat(get(message, V2).json()).isEqualTo(first);
        assertThat(codes(message)).containsExactly(101);
        json("POST", "/_stub/deliveries/settle?until=NETWORK", null);
        assertThat(codes(message)).containsExactly(101, 102);
        json("POST", "/_stub/deliveries/settle", null);
        assertThat(codes(message)).containsExactly(101, 102, 201);
        assertThat(get(message, V2).json().get("modified")).isEqualTo(get(message, V2).json().get("statuses").get(2).get("created"));
    }

    @Test
    void flashHighPriorityUcs2AndDeliveryWindowsAreKept() {
        JsonNode batch = sent("{\"sender\":\"46101606060\",\"recipients\":[\"" + PHONE + "\"],\"body\":\"" + "a".repeat(71)
                + "\",\"type\":\"flash\",\"datacoding\":\"ucs\",\"priority\":2,\"deliveryWindows\":[{\"opens\":"
                + "\"2026-11-24T08:00:00Z\"},{\"opens\":\"2026-11-25T08:00:00+01:00\",\"closes\":\"2026-11-25T18:00:00.5+01:00\"}],"
                + "\"deliveryReportUrl\":\"https://shop.example.com/sms/reports?key=1\"}");

        assertThat(batch.get("sender").asString()).isEqualTo("46101606060");
        assertThat(batch.get("type").asString()).isEqualTo("flash");
        assertThat(batch.get("datacoding").asString()).as("asked for, though GSM could encode it").isEqualTo("ucs");
        assertThat(batch.get("priority").asInt()).isEqualTo(2);
        assertThat(batch.get("deliveryWindows").toString()).isEqualTo(
                "[{\"opens\":\"2026-11-24T08:00:00.000Z\",\"closes\":\"2026-12-01T08:00:00.000Z\"},"
                        + "{\"opens\":\"2026-11-25T07:00:00.000Z\",\"closes\":\"2026-11-25T17:00:00.500Z\"}]");
        assertThat(batch.get("deliveryReportUrl").asString()).isEqualTo("https://shop.example.com/sms/reports?key=1");
        assertThat(batch.get("tags")).isEmpty();
        assertThat(batch.has("reference")).isFalse();

        JsonNode message = get("/v2/batches/" + batch.get("id").asString() + "/messages", V2).json().get(0);
        assertThat(message.get("type").asInt()).isZero();
        assertThat(message.get("priority").asInt()).isEqualTo(2);
        assertThat(message.get("datacoding").asInt()).isEqualTo(2);
        assertThat(message.get("segments").asInt()).as("71 UCS-2 characters are two segments").isEqualTo(2);
        assertThat(message.get("price").asDouble()).isEqualTo(0.70);
        assertThat(message.has("reference")).isFalse();
    }

    @Test
    void withoutDatacodingTheBodyChoosesIt() {
        JsonNode batch = sent(batch(PHONE, "Привет"));

        assertThat(batch.get("datacoding").asString()).isEqualTo("ucs");
        assertThat(get("/v2/batches/" + batch.get("id").asString() + "/messages", V2).json().get(0).get("datacoding").asInt())
                .isEqualTo(2);
    }

    @Test
    void aNumberGivenTwiceGetsOneMessage() {
        JsonNode batch = sent("{\"sender\":\"ip1sms\",\"recipients\":[\"" + PHONE + "\",\"" + OTHER_PHONE + "\",\"" + PHONE
                + "\"],\"body\":\"Hi\"}");

        assertThat(batch.get("recipients").valueStream().map(JsonNode::asString)).containsExactly(PHONE, OTHER_PHONE);
        assertThat(get("/v2/batches/" + batch.get("id").asString() + "/messages", V2).json()).hasSize(2);
        assertThat(get("/_stub/messages").json()).hasSize(2);
    }

    @Test
    void aNumberOnTheAccountsBlacklistGetsNoMessage() {
        assertThat(json("POST", "/api/blacklist", "{\"Phone\":\"+" + OTHER_PHONE + "\"}", V1).status()).isEqualTo(200);

        JsonNode batch = sent(SHIPPING);

        assertThat(batch.get("recipients").valueStream().map(JsonNode::asString)).containsExactly(PHONE);
        assertThat(get("/v2/batches/" + batch.get("id").asString() + "/messages", V2).json()).hasSize(1);
        assertThat(get("/v2/conversations/" + OTHER_PHONE, V2).status()).isEqualTo(404);
        assertThat(json("POST", "/v2/batches", SHIPPING, V2_OTHER).json().get("recipients"))
                .as("another account's blacklist").hasSize(2);
    }

    @Test
    void aBatchToBlacklistedNumbersOnlyIs400AndSendsNothing() {
        json("POST", "/api/blacklist?multiple", "[{\"Phone\":\"+" + PHONE + "\"},{\"Phone\":\"+" + OTHER_PHONE + "\"}]", V1);

        Answer answer = send(SHIPPING);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("No recipients left to send to; every recipient is on the blacklist.");
        assertThat(answer.json().get("errors").get("recipients").get(0).asString()).isEqualTo("every recipient is on the blacklist");
        assertThat(get("/_stub/messages").json()).isEmpty();
        assertThat(get("/v2/batches", V2).status()).isEqualTo(404);
    }

    static Stream<Arguments> invalidBatches() {
        String ok = "\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\"],\"body\":\"Hi\"";
        String to = "\"sender\":\"ip1sms\",\"recipients\":";
        String sender = "must match \"^([1-9][0-9]{2,14}|[0-9A-Za-z]{3,11})$\"";
        String digits = "must match \"^[0-9]{1,15}$\"";
        return Stream.of(
                Arguments.of("{\"sender\":\"ab\",\"recipients\":[\"46701234567\"],\"body\":\"Hi\"}", "sender", sender),
                Arguments.of("{\"sender\":\"ip1-sms\",\"recipients\":[\"46701234567\"],\"body\":\"Hi\"}", "sender", sender),
                Arguments.of("{\"sender\":\"4610160606012345\",\"recipients\":[\"46701234567\"],\"body\":\"Hi\"}", "sender", sender),
                Arguments.of("{\"recipients\":[\"46701234567\"],\"body\":\"Hi\"}", "sender", "must not be null"),
                Arguments.of("{" + to + "[],\"body\":\"Hi\"}", "recipients", "must not be empty"),
                Arguments.of("{\"sender\":\"ip1sms\",\"body\":\"Hi\"}", "recipients", "must not be empty"),
                Arguments.of("{" + to + "[\"46701234567\",\"+46701234568\"],\"body\":\"Hi\"}", "recipients[1]", digits),
                Arguments.of("{" + to + "[\"1234567890123456\"],\"body\":\"Hi\"}", "recipients[0]", digits),
                Arguments.of("{" + to + "[\"46701234567\",\"4670\"],\"body\":\"Hi\"}", "recipients[1]",
                        "is not a valid phone number"),
                Arguments.of("{" + to + "{\"46701234567\":{\"sign\":\"Bob\"}},\"body\":\"Hi {sign}\"}", "recipients",
                        "Expected an array."),
                Arguments.of("{" + to + "[\"46701234567\"],\"body\":\" \\n \"}", "body", "must not be blank"),
                Arguments.of("{" + to + "[\"46701234567\"],\"body\":\"\"}", "body", "size must be between 1 and 2000"),
                Arguments.of("{" + to + "[\"46701234567\"],\"body\":\"" + "x".repeat(2001) + "\"}", "body",
                        "size must be between 1 and 2000"),
                Arguments.of("{" + to + "[\"46701234567\"]}", "body", "must not be null"),
                Arguments.of("{" + ok + ",\"Body\":\"Hi\"}", "Body", "Unknown field."),
                Arguments.of("{" + to + "[\"46701234567\"],\"body\":\"Привет\",\"datacoding\":\"gsm\"}", "datacoding",
                        "gsm cannot encode every character of the body; use ucs or leave datacoding out"),
                Arguments.of("{" + ok + ",\"datacoding\":\"UCS2\"}", "datacoding", "Must be one of gsm, ucs."),
                Arguments.of("{" + ok + ",\"type\":\"mms\"}", "type", "Must be one of sms, flash."),
                Arguments.of("{" + ok + ",\"type\":1}", "type", "Must be one of sms, flash."),
                Arguments.of("{" + ok + ",\"priority\":3}", "priority", "Must be one of 1, 2."),
                Arguments.of("{" + ok + ",\"deliveryWindows\":[{\"opens\":\"2026-11-24T08:00:00Z\",\"closes\":\"2026-11-24T08:00:00Z\"}]}",
                        "deliveryWindows[0].closes", "must be after opens"),
                Arguments.of("{" + ok + ",\"deliveryWindows\":[{\"closes\":\"2026-11-24T08:00:00Z\"}]}", "deliveryWindows[0].opens",
                        "must not be null"),
                Arguments.of("{" + ok + ",\"deliveryWindows\":[{\"opens\":\"tomorrow\"}]}", "deliveryWindows[0].opens",
                        "Expected an ISO 8601 date-time such as 2026-11-23T09:15:30.123Z."),
                Arguments.of("{" + ok + ",\"deliveryReportUrl\":\"/sms/reports\"}", "deliveryReportUrl",
                        "must be an absolute http or https URL"),
                Arguments.of("{" + ok + ",\"deliveryReportUrl\":\"ftp://shop.example.com/reports\"}", "deliveryReportUrl",
                        "must be an absolute http or https URL"),
                Arguments.of("{" + ok + ",\"deliveryReportUrl\":\"https://shop.example.com/" + "r".repeat(2030) + "\"}",
                        "deliveryReportUrl", "must be at most 2047 characters long"),
                Arguments.of("{" + ok + ",\"deliveryReportUrl\":\"not a url\"}", "deliveryReportUrl", "Expected a URL."),
                Arguments.of("{" + to + "[],\"body\":\"Hi\",\"deliveryReportUrl\":12}", "deliveryReportUrl", "Expected a URL."),
                Arguments.of("{" + ok + ",\"reference\":\"\"}", "reference", "size must be between 1 and 40"),
                Arguments.of("{" + ok + ",\"reference\":\"" + "r".repeat(41) + "\"}", "reference", "size must be between 1 and 40"),
                Arguments.of("{" + ok + ",\"tags\":\"shipping\"}", "tags", "Expected an array."),
                Arguments.of("{" + ok + ",\"tags\":[null]}", "tags[0]", "must not be null"),
                Arguments.of("{" + to + "[null],\"body\":\"Hi\"}", "recipients[0]", "must not be null"),
                Arguments.of("{" + ok + ",\"deliveryWindows\":[null]}", "deliveryWindows[0]", "must not be null"),
                Arguments.of("{" + ok + ",\"deliveryWindows\":[{\"opens\":1795507200}]}", "deliveryWindows[0].opens",
                        "Expected an ISO 8601 date-time such as 2026-11-23T09:15:30.123Z."));
    }

    @ParameterizedTest
    @MethodSource("invalidBatches")
    void anInvalidBatchIs400NamingTheFieldAndSendsNothing(String body, String field, String error) {
        Answer answer = send(body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isEqualTo("The request is invalid.");
        assertThat(problem.get("instance").asString()).isEqualTo("/v2/batches");
        assertThat(problem.get("errors").get(field)).as(answer.toString()).isNotNull();
        assertThat(problem.get("errors").get(field).valueStream().map(JsonNode::asString)).contains(error);
        assertThat(get("/_stub/messages").json()).isEmpty();
        assertThat(get("/v2/batches", V2).status()).isEqualTo(404);
    }

    @Test
    void aBodyThatIsNoJsonIs400() {
        Answer answer = send("sender=ip1sms");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("detail").asString()).isEqualTo("The request body is missing or is not well-formed JSON.");
    }

    @Test
    void batchesAreListedOldestFirstPageByPageWithV1SendsAmongThem() {
        sent(batch(PHONE, "First"));
        assertThat(json("POST", "/api/nkis/1/users/send", nki("Second", "+" + PHONE), V1).status()).isEqualTo(200);
        sent(batch(OTHER_PHONE, "Third"));

        Answer all = get("/v2/batches", V2);
        Answer firstPage = get("/v2/batches?limit=2", V2);
        Answer lastPage = get("/v2/batches?start=2&limit=2", V2);
        Answer newestFirst = get("/v2/batches?order=DESC&limit=2", V2);

        assertThat(all.status()).isEqualTo(200);
        assertThat(texts(all.json(), "body")).containsExactly("First", "Second", "Third");
        String base = "http://localhost:" + port + "/v2/batches";
        assertThat(firstPage.header("Link")).isEqualTo("<" + base + "?start=0&limit=2&order=ASC>; rel=\"first\", <" + base
                + "?start=2&limit=2&order=ASC>; rel=\"next\", <" + base + "?start=2&limit=2&order=ASC>; rel=\"last\"");
        assertThat(texts(firstPage.json(), "body")).containsExactly("First", "Second");
        assertThat(texts(lastPage.json(), "body")).containsExactly("Third");
        assertThat(lastPage.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(texts(newestFirst.json(), "body")).containsExactly("Third", "Second");
        assertThat(newestFirst.header("Link")).contains("?start=2&limit=2&order=DESC>; rel=\"next\"");
        assertThat(get("/v2/batches?start=3", V2).status()).isEqualTo(404);
    }

    @Test
    void aV1SendIsABatchWithTheDefaults() {
        json("POST", "/api/nkis/1/users/send", nki("How happy are you?", "+" + PHONE, "+" + OTHER_PHONE), V1);

        JsonNode batch = get("/v2/batches", V2).json().get(0);

        assertThat(batch.get("sender").asString()).isEqualTo("ip1sms");
        assertThat(batch.get("recipients").valueStream().map(JsonNode::asString)).containsExactly(PHONE, OTHER_PHONE);
        assertThat(batch.get("type").asString()).isEqualTo("sms");
        assertThat(batch.get("priority").asInt()).isEqualTo(1);
        JsonNode messages = get("/v2/batches/" + batch.get("id").asString() + "/messages", V2).json();
        assertThat(texts(messages, "body")).containsExactly("How happy are you?", "How happy are you?");
        assertThat(texts(messages, "batchId")).containsOnly(batch.get("id").asString());
    }

    @Test
    void aBatchMessagesPagesFollowTheSameRules() {
        String id = sent("{\"sender\":\"ip1sms\",\"recipients\":[\"46701234561\",\"46701234562\",\"46701234563\"],\"body\":\"Hi\"}")
                .get("id").asString();

        Answer page = get("/v2/batches/" + id + "/messages?start=1&limit=1&order=DESC", V2);

        assertThat(texts(page.json(), "recipient")).containsExactly("46701234562");
        String base = "http://localhost:" + port + "/v2/batches/" + id + "/messages";
        assertThat(page.header("Link")).isEqualTo("<" + base + "?start=0&limit=1&order=DESC>; rel=\"first\", <" + base
                + "?start=0&limit=1&order=DESC>; rel=\"prev\", <" + base + "?start=2&limit=1&order=DESC>; rel=\"next\", <"
                + base + "?start=2&limit=1&order=DESC>; rel=\"last\"");
        assertThat(get("/v2/batches/" + id + "/messages?start=3", V2).status()).isEqualTo(404);
    }

    @Test
    void noBatchesIs404NoBatchesToList() {
        Answer answer = get("/v2/batches", V2);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("title").asString()).isEqualTo("No batches to list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000000000000000063", "ffffffffffffffffffffffff", "not-a-batch", "1"})
    void anUnknownBatchIs404(String batchId) {
        sent(batch(PHONE, "Hi"));

        for (String path : List.of("/v2/batches/" + batchId, "/v2/batches/" + batchId + "/messages",
                "/v2/batches/" + batchId + "/messages/000000000000000000000001")) {
            Answer answer = get(path, V2);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.json().get("detail").asString()).isEqualTo("There is no batch " + batchId + ".");
        }
    }

    @Test
    void aMessageOfAnotherBatchIsNotFoundInThisOne() {
        String first = sent(batch(PHONE, "One")).get("id").asString();
        JsonNode second = sent(batch(PHONE, "Two"));
        String otherMessage = get("/v2/batches/" + second.get("id").asString() + "/messages", V2).json().get(0).get("id").asString();

        Answer answer = get("/v2/batches/" + first + "/messages/" + otherMessage, V2);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("detail").asString()).isEqualTo("Batch " + first + " has no message " + otherMessage + ".");
    }

    @Test
    void anAccountSeesOnlyItsOwnBatches() {
        String id = sent(SHIPPING).get("id").asString();
        String message = get("/v2/batches/" + id + "/messages", V2).json().get(0).get("id").asString();

        assertThat(get("/v2/batches", V2_OTHER).status()).isEqualTo(404);
        assertThat(get("/v2/batches/" + id, V2_OTHER).status()).isEqualTo(404);
        assertThat(get("/v2/batches/" + id + "/messages", V2_OTHER).status()).isEqualTo(404);
        assertThat(get("/v2/batches/" + id + "/messages/" + message, V2_OTHER).status()).isEqualTo(404);
        assertThat(get("/v2/conversations/" + PHONE, V2_OTHER).status()).isEqualTo(404);
        JsonNode theirs = json("POST", "/v2/batches", batch(PHONE, "Theirs"), V2_OTHER).json();
        assertThat(theirs.get("owner").asString()).isEqualTo(OTHER_ACCOUNT);
        assertThat(texts(get("/v2/batches", V2).json(), "body")).containsExactly("Your order has shipped.");
    }

    @Test
    void aV2BatchIsPartOfTheConversationsWithEveryRecipientAndTheSender() {
        assertThat(json("POST", "/api/nkis/1/users/send", nki("Sent through V1", "+" + PHONE), V1).status()).isEqualTo(200);
        String id = sent(SHIPPING).get("id").asString();

        JsonNode conversation = get("/v2/conversations/" + PHONE, V2).json();

        assertThat(texts(conversation, "body")).containsExactly("Sent through V1", "Your order has shipped.");
        assertThat(conversation.get(1).get("batchId").asString()).isEqualTo(id);
        assertThat(conversation.get(1).get("reference").asString()).isEqualTo("order-10023");
        assertThat(texts(get("/v2/conversations/" + OTHER_PHONE, V2).json(), "body")).containsExactly("Your order has shipped.");
        assertThat(texts(get("/v2/conversations/ip1sms/mt", V2).json(), "recipient"))
                .containsExactly(PHONE, PHONE, OTHER_PHONE);
        json("POST", "/_stub/deliveries/settle", null);
        assertThat(conversation(PHONE).get(1).get("statuses")).hasSize(3);
    }

    private JsonNode conversation(String participant) {
        return get("/v2/conversations/" + participant, V2).json();
    }

    @Test
    void withoutAValidTokenNothingIsSent() {
        Answer answer = json("POST", "/v2/batches", SHIPPING, bearer("wrong"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"IP1\"");
        assertThat(get("/_stub/messages").json()).isEmpty();
        assertThat(get("/v2/batches").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start=-1", "limit=0", "limit=1001", "order=asc", "start=x"})
    void invalidPagingOfBatchesIs400(String query) {
        sent(batch(PHONE, "Hi"));

        Answer answer = get("/v2/batches?" + query, V2);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("title").asString()).isEqualTo("Pagination parameters invalid");
    }
}
