package dev.smskit.ip1.v2;

import static dev.smskit.Wire.json;
import static dev.smskit.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.smskit.Wire;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.RetryPolicy;
import dev.smskit.common.ServerException;
import dev.smskit.common.SmskitException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v2.model.Batch;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.ip1.v2.model.Datacoding;
import dev.smskit.ip1.v2.model.DeliveryWindow;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.MessageStatus;
import dev.smskit.ip1.v2.model.SortOrder;
import dev.smskit.ip1.v2.model.Priority;
import dev.smskit.ip1.v2.model.SmsType;
import dev.smskit.ip1.v2.model.ProblemDetails;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IP1 V2 over the wire: bearer token, batches sent and read, lists followed through Link headers, problem details. */
class Ip1V2Test {

    private MockWebServer server;
    private String root;
    private Ip1V2 ip1;

    @BeforeEach
    void start() throws Exception {
        server = Wire.start();
        root = Wire.root(server);
        ip1 = Ip1V2.builder().baseUrl(root).bearerToken("tok-v2").retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String messages(int... ids) {
        return IntStream.of(ids)
                .mapToObj(id -> "{\"id\":\"m" + id + "\",\"recipient\":\"46701234567\",\"direction\":0,\"body\":\"text " + id + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private MockResponse page(String body, String... links) {
        MockResponse.Builder answer = new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json").body(body);
        for (String link : links) {
            answer.addHeader("Link", link);
        }
        return answer.build();
    }

    @Test
    void streamsEveryMessageFollowingTheNextLinksPageByPage() throws Exception {
        String conversation = root + "/v2/conversations/46701234567";
        server.enqueue(page(messages(1, 2),
                "<" + conversation + "?start=0&limit=2&order=ASC>; rel=\"first\", <" + conversation
                        + "?start=2&limit=2&order=ASC>; rel=\"next\"",
                "<" + conversation + "?start=4&limit=2&order=ASC>; rel=\"last\""));
        server.enqueue(page(messages(3, 4),
                "<" + conversation + "?start=0&limit=2&order=ASC>; rel=first, </v2/conversations/46701234567?start=4&limit=2&order=ASC>; title=\"page 3, last\"; rel=\"next last\""));
        server.enqueue(page(messages(5), "<" + conversation + "?start=2&limit=2&order=ASC>; rel=\"prev\""));

        List<String> ids = ip1.conversationMessages("46701234567", 2, SortOrder.ASC).map(Message::getId).toList();

        assertThat(ids).containsExactly("m1", "m2", "m3", "m4", "m5");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567?limit=2&order=ASC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567?start=2&limit=2&order=ASC");
        var third = take(server);
        assertThat(third.getTarget()).as("a relative link is resolved against the page that carried it")
                .isEqualTo("/v2/conversations/46701234567?start=4&limit=2&order=ASC");
        assertThat(third.getHeaders().values("Authorization")).containsExactly("Bearer tok-v2");
    }

    @ParameterizedTest
    @EnumSource(SortOrder.class)
    void theSortOrderGoesOnTheWireAsItsName(SortOrder order) throws Exception {
        server.enqueue(page(messages(1)));
        server.enqueue(page(messages(2)));

        assertThat(ip1.conversationMtMessages("46701234567", 1, order).map(Message::getId)).containsExactly("m1");
        assertThat(ip1.conversationMoMessages("46701234567", 1, order).map(Message::getId)).containsExactly("m2");

        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567/mt?limit=1&order=" + order.name());
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567/mo?limit=1&order=" + order.name());
    }

    @Test
    void statusCodesCarryIp1sDocumentedNamesAndTheGroupOfTheUndocumentedOnes() {
        assertThat(MessageStatus.CodeEnum.fromValue(101)).isSameAs(MessageStatus.CodeEnum.ACCEPTED);
        assertThat(MessageStatus.CodeEnum.fromValue(201)).isSameAs(MessageStatus.CodeEnum.DELIVERED_TO_HANDSET);
        assertThat(MessageStatus.CodeEnum.fromValue(203)).isSameAs(MessageStatus.CodeEnum.CANCELED);
        assertThat(MessageStatus.CodeEnum.fromValue(403)).isSameAs(MessageStatus.CodeEnum.SENDER_REJECTED);
        assertThat(MessageStatus.CodeEnum.fromValue(404)).isSameAs(MessageStatus.CodeEnum.CONTENT_REJECTED);
        assertThat(MessageStatus.CodeEnum.fromValue(599)).isSameAs(MessageStatus.CodeEnum.ERROR_599);
        assertThat(MessageStatus.CodeEnum.values()).extracting(Enum::name).noneMatch(name -> name.startsWith("CODE_"));
    }

    @Test
    void theSortOrderIsAnEnumOfIp1sTwoValues() {
        assertThat(SortOrder.values()).extracting(SortOrder::getValue).containsExactly("ASC", "DESC");
        assertThat(SortOrder.fromValue("DESC")).isSameAs(SortOrder.DESC);
    }

    @Test
    void pagesAreFetchedOnlyWhenTheStreamReachesThem() {
        server.enqueue(page(messages(1, 2), "<" + root + "/v2/conversations/x?start=2&limit=2>; rel=\"next\""));
        server.enqueue(page(messages(3, 4)));

        Stream<Message> stream = ip1.conversationMessages("x");
        assertThat(server.getRequestCount()).isZero();

        assertThat(stream.limit(2).map(Message::getId)).containsExactly("m1", "m2");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anEmptyConversationAnswered404IsAnEmptyStream() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"No messages to list\",\"status\":404}").build());

        assertThat(ip1.conversationMessages("46700000000")).isEmpty();
    }

    @Test
    void anInvalidParticipantIsAValidationExceptionWithTheProblemDetails() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"Participant was invalid\","
                        + "\"status\":400,\"detail\":\"'+46 70' is not a participant name or phone number.\"}").build());

        assertThatThrownBy(() -> ip1.conversationMessages("+46 70").toList())
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("GET " + root + "/v2/conversations/%2B46%2070 failed with HTTP 400: Participant was invalid: "
                        + "'+46 70' is not a participant name or phone number.")
                .asInstanceOf(type(ValidationException.class))
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class).orElseThrow().getStatus()).isEqualTo(400));
    }

    @Test
    void aMissingTokenIsAnAuthenticationException() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"A valid bearer token is required.\"}").build());

        assertThatThrownBy(() -> ip1.conversations().getConversationMessages("46701234567", null, null, null))
                .isExactlyInstanceOf(AuthenticationException.class)
                .hasMessageEndingWith("failed with HTTP 401: Unauthorized: A valid bearer token is required.");
        assertThat(take(server).getHeaders().values("Authorization")).containsExactly("Bearer tok-v2");
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        server.enqueue(page(messages(1), "<https://elsewhere.example/v2/conversations/x?start=1>; rel=\"next\""));

        assertThatThrownBy(() -> ip1.conversationMessages("x").toList())
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessageContaining("refusing to follow the Link rel=\"next\" https://elsewhere.example/");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusesToBuildWithoutAToken() {
        assertThatThrownBy(() -> Ip1V2.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("bearerToken is required");
    }

    // ---- batches

    private static final String BATCH = "{\"id\":\"6745a1f0c2d94b0e8f3a1b1f\",\"owner\":\"ip1-12345\",\"sender\":\"ip1sms\","
            + "\"recipients\":[\"46701234567\"],\"body\":\"Your order has shipped.\",\"type\":\"sms\",\"datacoding\":\"gsm\","
            + "\"priority\":1,\"deliveryWindows\":[],\"reference\":\"order-10023\",\"tags\":[\"shipping\"],"
            + "\"created\":\"2026-11-23T09:15:30.123Z\"}";

    private static String batches(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> BATCH.replace("6745a1f0c2d94b0e8f3a1b1f", id))
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void sendBatchPostsTheBatchAsCamelCaseJsonAndReadsTheCreatedBatch() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .setHeader("Location", root + "/v2/batches/6745a1f0c2d94b0e8f3a1b1f").body(BATCH).build());

        Batch batch = ip1.createBatch(new BatchNew()
                .sender("ip1sms")
                .addRecipientsItem("46701234567")
                .body("Your order has shipped.")
                .datacoding(Datacoding.GSM)
                .addDeliveryWindowsItem(new DeliveryWindow().opens(OffsetDateTime.parse("2026-11-24T08:00:00+01:00")))
                .deliveryReportUrl(URI.create("https://shop.example.com/sms/reports"))
                .reference("order-10023")
                .addTagsItem("shipping"));

        assertThat(batch.getId()).isEqualTo("6745a1f0c2d94b0e8f3a1b1f");
        assertThat(batch.getType()).isEqualTo(SmsType.SMS);
        assertThat(batch.getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(batch.getRecipients()).containsExactly("46701234567");
        assertThat(batch.getCreated()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:15:30.123Z"));
        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v2/batches");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().values("Authorization")).containsExactly("Bearer tok-v2");
        assertThat(Wire.body(request)).isEqualTo("{\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\"],"
                + "\"body\":\"Your order has shipped.\",\"type\":\"sms\",\"datacoding\":\"gsm\",\"priority\":1,"
                + "\"deliveryWindows\":[{\"opens\":\"2026-11-24T08:00:00+01:00\"}],"
                + "\"deliveryReportUrl\":\"https://shop.example.com/sms/reports\",\"reference\":\"order-10023\","
                + "\"tags\":[\"shipping\"]}");
    }

    @Test
    void aRefusedBatchIsAValidationExceptionNamingTheFields() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"The request is invalid.\",\"instance\":\"/v2/batches\","
                        + "\"errors\":{\"recipients[0]\":[\"is not a valid phone number\"]}}").build());

        assertThatThrownBy(() -> ip1.createBatch(new BatchNew().sender("ip1sms").addRecipientsItem("4670").body("Hi")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("POST " + root + "/v2/batches failed with HTTP 400: Bad Request: The request is invalid.")
                .asInstanceOf(type(ValidationException.class))
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class).orElseThrow().getErrors())
                        .containsExactly(java.util.Map.entry("recipients[0]", List.of("is not a valid phone number"))));
    }

    @Test
    void aBatchIsNotSentAgainAfterAServerErrorUnlessPostsMayBeRetried() throws Exception {
        Ip1V2 retrying = Ip1V2.builder().baseUrl(root).bearerToken("tok-v2")
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).sleeper(new Wire.Waits()).build()).build();
        server.enqueue(new MockResponse.Builder().code(503).build());

        assertThatThrownBy(() -> retrying.createBatch(new BatchNew().sender("ip1sms").addRecipientsItem("46701234567").body("Hi")))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void listBatchesFollowsTheNextLinksAndNoBatchesIsAnEmptyStream() throws Exception {
        server.enqueue(page(batches("b1", "b2"), "<" + root + "/v2/batches?start=2&limit=2&order=DESC>; rel=\"next\""));
        server.enqueue(page(batches("b3")));
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"No batches to list\",\"status\":404}").build());

        assertThat(ip1.listBatches(2, SortOrder.DESC).map(Batch::getId)).containsExactly("b1", "b2", "b3");
        assertThat(ip1.listBatches()).isEmpty();

        assertThat(take(server).getTarget()).isEqualTo("/v2/batches?limit=2&order=DESC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/batches?start=2&limit=2&order=DESC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/batches");
    }

    @Test
    void batchMessagesFollowTheNextLinksAndAnUnknownBatchIsNotFound() throws Exception {
        String messages = root + "/v2/batches/b1/messages";
        server.enqueue(page(messages(1), "<" + messages + "?start=1&limit=1&order=ASC>; rel=\"next\""));
        server.enqueue(page(messages(2), "<" + messages + "?start=0&limit=1&order=ASC>; rel=\"first\""));
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"There is no batch b9.\"}").build());

        assertThat(ip1.batchMessages("b1", 1, SortOrder.ASC).map(Message::getId)).containsExactly("m1", "m2");
        assertThatThrownBy(() -> ip1.batchMessages("b9").toList())
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessageEndingWith("failed with HTTP 404: Not Found: There is no batch b9.");

        assertThat(take(server).getTarget()).isEqualTo("/v2/batches/b1/messages?limit=1&order=ASC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/batches/b1/messages?start=1&limit=1&order=ASC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/batches/b9/messages");
    }

    @Test
    void oneBatchAndOneMessageAreReadThroughTheGeneratedInterface() throws Exception {
        server.enqueue(json(200, BATCH));
        server.enqueue(json(200, "{\"id\":\"m1\",\"batchId\":\"6745a1f0c2d94b0e8f3a1b1f\",\"direction\":0,\"type\":0,"
                + "\"priority\":2,\"statuses\":[{\"code\":101,\"duration\":0,\"created\":\"2026-11-23T09:15:30.123Z\"},"
                + "{\"code\":201,\"duration\":0,\"created\":\"2026-11-23T09:15:33.456Z\"}]}"));

        Batch batch = ip1.batches().getBatch("6745a1f0c2d94b0e8f3a1b1f");
        Message message = ip1.batches().getBatchMessage(batch.getId(), "m1");

        assertThat(batch.getReference()).isEqualTo("order-10023");
        assertThat(message.getType()).isEqualTo(Message.TypeEnum.FLASH);
        assertThat(message.getPriority()).isEqualTo(Message.PriorityEnum.HIGH);
        assertThat(message.getStatuses()).extracting(MessageStatus::getCode)
                .containsExactly(MessageStatus.CodeEnum.ACCEPTED, MessageStatus.CodeEnum.DELIVERED_TO_HANDSET);
        assertThat(take(server).getTarget()).isEqualTo("/v2/batches/6745a1f0c2d94b0e8f3a1b1f");
        assertThat(take(server).getTarget()).isEqualTo("/v2/batches/6745a1f0c2d94b0e8f3a1b1f/messages/m1");
    }

    @Test
    void mtAndMoStreamTheirOwnPathsAndNoneIsEmpty() throws Exception {
        server.enqueue(page(messages(1), "<" + root + "/v2/conversations/46701234567/mt?start=1&limit=1&order=ASC>; rel=\"next\""));
        server.enqueue(page(messages(2)));
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"No messages to list\",\"status\":404}").build());

        assertThat(ip1.conversationMtMessages("46701234567", 1, null).map(Message::getId)).containsExactly("m1", "m2");
        assertThat(ip1.conversationMoMessages("+46701234567")).isEmpty();

        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567/mt?limit=1");
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567/mt?start=1&limit=1&order=ASC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/%2B46701234567/mo");
    }

    @Test
    void aRelativeNextLinkOfABatchListIsResolvedAgainstTheBaseUrlsPath() throws Exception {
        Ip1V2 underPath = Ip1V2.builder().baseUrl(root + "/sms").bearerToken("tok-v2").retryPolicy(RetryPolicy.none()).build();
        server.enqueue(page(batches("b1"), "<?start=1&limit=1>; rel=\"next\""));
        server.enqueue(page(batches("b2")));

        assertThat(underPath.listBatches(1, null).map(Batch::getId)).containsExactly("b1", "b2");

        assertThat(take(server).getTarget()).isEqualTo("/sms/v2/batches?limit=1");
        assertThat(take(server).getTarget()).isEqualTo("/sms/v2/batches?start=1&limit=1");
    }

    @Test
    void aNextLinkThatIsNoHttpUrlIsRefused() {
        server.enqueue(page(batches("b1"), "<mailto:sms@example.com>; rel=\"next\""));

        assertThatThrownBy(() -> ip1.listBatches().toList())
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessageStartingWith("cannot follow the Link rel=\"next\" <mailto:sms@example.com> of " + root + "/v2/batches");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
