package dev.smskit.stub.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import dev.smskit.stub.StubHttpTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IP1's callbacks over real HTTP, to an application played by {@link Receiver}: V2 delivery reports to a
 * batch's {@code deliveryReportUrl} and incoming SMS to the account's URL, with their retries and the
 * record the control API lists. The stub's clock only moves when a test moves it; retries wait 10 minutes
 * on it (the default, IP1's interval).
 */
class CallbacksTest extends StubHttpTest {

    private static final String PHONE = "46701234567";
    private static final String OTHER_PHONE = "46709876543";
    private static final OpenAPI IP1_V2 = new OpenAPIV3Parser().readContents(resource("specs/ip1-v2.yaml")).getOpenAPI();
    private static final SchemaValidator SCHEMAS = new SchemaValidator(IP1_V2, new MessageResolver(LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
            .withLevel("validation.schema.required", ValidationReport.Level.ERROR)
            .build()));

    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver() throws IOException {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    private static String batch(String reportUrl, String... recipients) {
        String to = Arrays.stream(recipients).map(phone -> "\"" + phone + "\"").collect(Collectors.joining(","));
        return "{\"sender\":\"ip1sms\",\"recipients\":[" + to + "],\"body\":\"Your order has shipped.\""
                + (reportUrl == null ? "" : ",\"deliveryReportUrl\":\"" + reportUrl + "\",\"reference\":\"order-10023\"") + "}";
    }

    private JsonNode sent(String body, String[] auth) {
        Answer answer = json("POST", "/v2/batches", body, auth);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    /** The control API's attempts once {@code done} holds for them (the stub records a try when its answer is in). */
    private JsonNode attempts(String query, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode attempts = ok(get("/_stub/callbacks/attempts" + query));
            if (done.test(attempts) || System.nanoTime() > deadline) {
                return attempts;
            }
            Thread.sleep(20);
        }
    }

    private static JsonNode json(Receiver.Call call) {
        return JsonMapper.shared().readTree(call.body());
    }

    /** The callback schema of POST /v2/batches, as the spec declares it. */
    private static void assertValidReport(Receiver.Call call) {
        Schema<?> schema = IP1_V2.getPaths().get("/v2/batches").getPost().getCallbacks().get("deliveryReport")
                .get("{$request.body#/deliveryReportUrl}").getPost().getRequestBody().getContent().get("application/json")
                .getSchema();
        assertValid(call, schema);
    }

    private static void assertValid(Receiver.Call call, Schema<?> schema) {
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.contentType()).isEqualTo("application/json");
        ValidationReport report = SCHEMAS.validate(call.body(), schema, "callback");
        assertThat(report.getMessages()).as(call.body()).isEmpty();
    }

    @Test
    void aFailedMessageGetsAFinalReportWithItsFailureCode() throws Exception {
        Receiver application = receiver();
        // a magic number (application.yaml): V2 404 when it would have reached the network
        sent(batch(application.url("/sms/reports"), "46701740609", PHONE), V2);
        List<Receiver.Call> accepted = application.take(2);

        clock.add(Duration.ofSeconds(1));
        Receiver.Call magic = application.take(2).stream()
                .filter(call -> json(call).get("recipient").asString().equals("46701740609")).findFirst().orElseThrow();
        JsonNode other = ok(json("POST", "/_stub/deliveries/fail",
                "{\"api\":\"ip1\",\"account\":\"" + ACCOUNT + "\",\"id\":\"2\",\"code\":\"500\"}")).get(0);
        Receiver.Call failed = application.take(1).get(0);

        accepted.forEach(CallbacksTest::assertValidReport);
        assertValidReport(magic);
        assertValidReport(failed);
        assertThat(json(magic).get("code").asInt()).isEqualTo(404);
        assertThat(json(magic).get("duration").asInt()).as("final").isEqualTo(1);
        assertThat(json(magic).get("created").asString()).isEqualTo("2026-01-01T00:00:01.000Z");
        assertThat(json(failed).get("recipient").asString()).isEqualTo(PHONE);
        assertThat(json(failed).get("messageId").asString()).isEqualTo(other.get("conversationId").asString());
        assertThat(json(failed).get("code").asInt()).isEqualTo(500);
        assertThat(json(failed).get("duration").asInt()).isEqualTo(1);
        // nothing comes after a final report
        clock.add(Duration.ofMinutes(30));
        assertThat(attempts("", list -> list.size() >= 5).size()).isEqualTo(5);
    }

    @Test
    void theReportsOfABatchArriveInOrderPerMessageWithEveryStatusTheMessagesWentThrough() throws Exception {
        Receiver application = receiver();
        JsonNode batch = sent(batch(application.url("/sms/reports"), PHONE, OTHER_PHONE), V2);

        List<Receiver.Call> accepted = application.take(2);
        clock.add(Duration.ofSeconds(1));
        List<Receiver.Call> network = application.take(2);
        clock.add(Duration.ofSeconds(2));
        List<Receiver.Call> phone = application.take(2);

        List<Receiver.Call> all = new ArrayList<>();
        all.addAll(accepted);
        all.addAll(network);
        all.addAll(phone);
        all.forEach(CallbacksTest::assertValidReport);
        assertThat(all).extracting(Receiver.Call::path).containsOnly("/sms/reports");
        Map<String, List<JsonNode>> byMessage = all.stream().map(CallbacksTest::json)
                .collect(Collectors.groupingBy(report -> report.get("recipient").asString()));
        assertThat(byMessage).containsOnlyKeys(PHONE, OTHER_PHONE);
        for (List<JsonNode> reports : byMessage.values()) {
            assertThat(reports).extracting(report -> report.get("code").asInt()).containsExactly(101, 102, 201);
            assertThat(reports).extracting(report -> report.get("duration").asInt()).containsExactly(0, 0, 1);
            assertThat(reports).extracting(report -> report.get("created").asString()).containsExactly(
                    "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:01.000Z", "2026-01-01T00:00:03.000Z");
            assertThat(reports).allSatisfy(report -> {
                assertThat(report.get("batchId").asString()).isEqualTo(batch.get("id").asString());
                assertThat(report.get("reference").asString()).isEqualTo("order-10023");
                assertThat(report.get("segments").asInt()).isEqualTo(1);
                assertThat(report.get("currency").asString()).isEqualTo("SEK");
            });
        }
        // the reports match the messages the API answers
        JsonNode messages = ok(get("/v2/batches/" + batch.get("id").asString() + "/messages", V2));
        assertThat(messages.valueStream().map(message -> message.get("id").asString()))
                .containsExactlyInAnyOrderElementsOf(all.stream().map(call -> json(call).get("messageId").asString()).distinct().toList());
        JsonNode attempts = attempts("", list -> list.size() == 6);
        assertThat(attempts.valueStream()).hasSize(6).allSatisfy(attempt -> {
            assertThat(attempt.get("kind").asString()).isEqualTo("IP1_DELIVERY_REPORT");
            assertThat(attempt.get("status").asInt()).isEqualTo(200);
            assertThat(attempt.get("outcome").asString()).isEqualTo("DELIVERED");
            assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        });
        assertThat(application.rest()).isEmpty();
    }

    @Test
    void settlingDeliveriesSendsTheirReports() throws Exception {
        Receiver application = receiver();
        sent(batch(application.url("/reports"), PHONE), V2);
        assertThat(json(application.take(1).get(0)).get("code").asInt()).isEqualTo(101);

        ok(send("POST", "/_stub/deliveries/settle?until=PHONE", null));

        List<Receiver.Call> settled = application.take(2);
        settled.forEach(CallbacksTest::assertValidReport);
        assertThat(settled).extracting(call -> json(call).get("code").asInt()).containsExactly(102, 201);
        assertThat(settled).extracting(call -> json(call).get("duration").asInt()).containsExactly(0, 1);
    }

    @Test
    void aReceiverThatFailsTwiceGetsThreeAttemptsTenMinutesApartAndTheRecordShowsThem() throws Exception {
        Receiver application = receiver().answering(500, 500, 200);
        sent(batch(application.url("/reports"), PHONE), V2);
        // later steps would queue behind the failing report: settle them now, so the clock only moves retries on
        ok(send("POST", "/_stub/deliveries/settle?until=PHONE", null));

        Receiver.Call first = application.take(1).get(0);
        attempts("", list -> list.size() == 1);
        clock.add(Duration.ofMinutes(10));
        Receiver.Call second = application.take(1).get(0);
        attempts("", list -> list.size() == 2);
        clock.add(Duration.ofMinutes(10));
        Receiver.Call third = application.take(1).get(0);

        assertThat(List.of(first, second, third)).extracting(Receiver.Call::body).containsOnly(first.body());
        assertThat(json(first).get("code").asInt()).isEqualTo(101);
        JsonNode attempts = attempts("", list -> list.size() == 5);
        List<JsonNode> ofAccepted = attempts.valueStream().filter(attempt -> attempt.get("body").asString().equals(first.body())).toList();
        assertThat(ofAccepted).extracting(attempt -> attempt.get("attempt").asInt()).containsExactly(1, 2, 3);
        assertThat(ofAccepted).extracting(attempt -> attempt.get("status").asInt()).containsExactly(500, 500, 200);
        assertThat(ofAccepted).extracting(attempt -> attempt.get("outcome").asString()).containsExactly("RETRY", "RETRY", "DELIVERED");
        assertThat(ofAccepted).extracting(attempt -> attempt.get("at").asString())
                .containsExactly("2026-01-01T00:00:00.000Z", "2026-01-01T00:10:00.000Z", "2026-01-01T00:20:00.000Z");
        assertThat(ofAccepted).extracting(attempt -> attempt.get("url").asString()).containsOnly(application.url("/reports"));
        // the next reports of the message waited for the first to be delivered
        assertThat(application.take(2)).extracting(call -> json(call).get("code").asInt()).containsExactly(102, 201);
    }

    @Test
    void aRefusedConnectionIsRetriedToo() throws Exception {
        Receiver gone = receiver();
        String url = gone.url("/reports");
        gone.close();
        sent(batch(url, PHONE), V2);

        JsonNode attempts = attempts("", list -> list.size() == 1);
        JsonNode attempt = attempts.get(0);
        assertThat(attempt.has("status")).isFalse();
        assertThat(attempt.get("error").asString()).startsWith("connection failed");
        assertThat(attempt.get("outcome").asString()).isEqualTo("RETRY");
    }

    @Test
    void aReceiverThatNeverAnswersDoesNotSlowTheApi() throws Exception {
        Receiver hanging = receiver().hanging();
        sent(batch(hanging.url("/reports"), PHONE), V2);
        hanging.take(1);

        // the receiver holds the first report: sends go on all the same, each followed by reports of its own
        int sends = 30;
        long[] withHangingReceiver = new long[sends];
        long[] withoutUrl = new long[sends];
        for (int i = 0; i < sends; i++) {
            long start = System.nanoTime();
            sent(batch(hanging.url("/reports"), OTHER_PHONE), V2);
            withHangingReceiver[i] = System.nanoTime() - start;
            start = System.nanoTime();
            sent(batch(null, OTHER_PHONE), V2);
            withoutUrl[i] = System.nanoTime() - start;
        }

        assertThat(hanging.holding()).isTrue();
        assertThat(ok(get("/_stub/callbacks/attempts")).valueStream()).as("no receiver has answered")
                .noneMatch(attempt -> attempt.has("status"));
        System.out.printf("send latency over %d sends, receiver hanging vs no deliveryReportUrl: median %.2f ms vs %.2f ms,"
                + " max %.2f ms vs %.2f ms%n", sends, median(withHangingReceiver), median(withoutUrl),
                max(withHangingReceiver), max(withoutUrl));
    }

    @Test
    void aBatchWithoutDeliveryReportUrlGetsNoReport() throws Exception {
        sent(batch(null, PHONE), V2);
        ok(send("POST", "/_stub/deliveries/settle?until=PHONE", null));
        // a batch with a URL after it: once its reports are in, the first batch's would have been too
        Receiver application = receiver();
        JsonNode marker = sent(batch(application.url("/reports"), OTHER_PHONE), V2);
        ok(send("POST", "/_stub/deliveries/settle?until=PHONE", null));

        assertThat(application.take(3)).extracting(call -> json(call).get("batchId").asString())
                .containsOnly(marker.get("id").asString());
        assertThat(attempts("", list -> list.size() == 3)).hasSize(3);
        assertThat(application.rest()).isEmpty();
    }

    @Test
    void incomingSmsArePushedToTheAccountsUrl() throws Exception {
        Receiver application = receiver();
        Answer set = json("PUT", "/_stub/ip1/accounts/" + ACCOUNT + "/incoming-url", "{\"url\":\"" + application.url("/incoming") + "\"}");
        assertThat(ok(set).get("url").asString()).isEqualTo(application.url("/incoming"));

        JsonNode recorded = inject(ACCOUNT, "Very happy, thanks!");

        Receiver.Call call = application.take(1).get(0);
        assertValid(call, IP1_V2.getComponents().getSchemas().get("IncomingMessage"));
        JsonNode pushed = json(call);
        assertThat(pushed.get("id").asString()).isEqualTo(recorded.get("conversationId").asString());
        assertThat(pushed.get("owner").asString()).isEqualTo(ACCOUNT);
        assertThat(pushed.get("sender").asString()).isEqualTo(PHONE);
        assertThat(pushed.get("body").asString()).isEqualTo("Very happy, thanks!");
        assertThat(pushed.get("direction").asString()).isEqualTo("mo");
        assertThat(pushed.get("statuses").get(0).get("code").asInt()).isEqualTo(201);
        JsonNode attempt = attempts("", list -> list.size() == 1).get(0);
        assertThat(attempt.get("kind").asString()).isEqualTo("IP1_INCOMING_SMS");
        assertThat(attempt.get("body").asString()).isEqualTo(call.body());

        assertThat(send("DELETE", "/_stub/ip1/accounts/" + ACCOUNT + "/incoming-url", null).status()).isEqualTo(204);
        inject(ACCOUNT, "Nobody hears this one");
        Receiver marker = receiver();
        json("PUT", "/_stub/ip1/accounts/" + ACCOUNT + "/incoming-url", "{\"url\":\"" + marker.url("/incoming") + "\"}");
        inject(ACCOUNT, "Marker");
        assertThat(json(marker.take(1).get(0)).get("body").asString()).isEqualTo("Marker");
        assertThat(application.rest()).isEmpty();
    }

    @Test
    void accountsOnlyGetTheirOwnCallbacks() throws Exception {
        Receiver first = receiver();
        Receiver second = receiver();
        json("PUT", "/_stub/ip1/accounts/" + OTHER_ACCOUNT + "/incoming-url", "{\"url\":\"" + second.url("/incoming") + "\"}");

        JsonNode batch = sent(batch(first.url("/reports"), PHONE), V2);
        inject(ACCOUNT, "To the first account, which has no incoming URL");
        inject(OTHER_ACCOUNT, "To the second account");

        assertThat(json(first.take(1).get(0)).get("batchId").asString()).isEqualTo(batch.get("id").asString());
        JsonNode incoming = json(second.take(1).get(0));
        assertThat(incoming.get("owner").asString()).isEqualTo(OTHER_ACCOUNT);
        assertThat(incoming.get("body").asString()).isEqualTo("To the second account");
        attempts("", list -> list.size() == 2);
        assertThat(ok(get("/_stub/callbacks/attempts?account=" + ACCOUNT)).valueStream())
                .extracting(attempt -> attempt.get("kind").asString()).containsExactly("IP1_DELIVERY_REPORT");
        assertThat(ok(get("/_stub/callbacks/attempts?account=" + OTHER_ACCOUNT)).valueStream())
                .extracting(attempt -> attempt.get("kind").asString()).containsExactly("IP1_INCOMING_SMS");
        assertThat(first.rest()).isEmpty();
        assertThat(second.rest()).isEmpty();
    }

    @Test
    void anIncomingUrlNeedsAConfiguredAccountAndAnAbsoluteHttpUrl() {
        Answer unknown = json("PUT", "/_stub/ip1/accounts/ip1-99999/incoming-url", "{\"url\":\"https://example.com/in\"}");
        Answer relative = json("PUT", "/_stub/ip1/accounts/" + ACCOUNT + "/incoming-url", "{\"url\":\"/in\"}");
        Answer ftp = json("PUT", "/_stub/ip1/accounts/" + ACCOUNT + "/incoming-url", "{\"url\":\"ftp://example.com/in\"}");
        Answer missing = json("PUT", "/_stub/ip1/accounts/" + ACCOUNT + "/incoming-url", "{}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").has("account")).isTrue();
        assertThat(relative.status()).isEqualTo(400);
        assertThat(relative.json().get("errors").has("url")).isTrue();
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(send("DELETE", "/_stub/ip1/accounts/ip1-99999/incoming-url", null).status()).isEqualTo(400);
    }

    private JsonNode inject(String account, String message) {
        Answer answer = json("POST", "/_stub/ip1/incoming",
                "{\"account\":\"" + account + "\",\"from\":\"+" + PHONE + "\",\"message\":\"" + message + "\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

    private static String resource(String name) {
        try (InputStream in = CallbacksTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
