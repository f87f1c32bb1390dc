package dev.smskit.stub.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fault rules ({@code /_stub/faults}) as a client of each API meets them, over real connections. */
class FaultRulesTest extends StubHttpTest {

    private static final String BATCH = "{\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\"],\"body\":\"Hi\"}";
    private static final String GROUP = "{\"Name\":\"Customers\"}";

    private String rule(String json) {
        Answer created = json("POST", "/_stub/faults", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<JsonNode> triggered() {
        return ok(get("/_stub/faults/triggered")).valueStream().toList();
    }

    private int recorded() {
        return ok(get("/_stub/messages")).size();
    }

    /** What came back on a connection of its own, up to the server closing it. */
    private byte[] raw(String method, String path, String body, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\n");
            }
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(answer);
            } catch (java.net.SocketException reset) {
                // a reset after the bytes already read is a close all the same
            }
            return answer.toByteArray();
        }
    }

    @Test
    void anErrorIsAnsweredInEachApisShapeAndNothingHappens() {
        rule("{\"match\":{\"path\":\"/v2/batches\"},\"effect\":\"ERROR\",\"status\":503,\"retryAfter\":7}");
        rule("{\"match\":{\"api\":\"ip1\",\"path\":\"/api/**\"},\"effect\":\"ERROR\",\"status\":429}");
        rule("{\"match\":{\"api\":\"smsend\"},\"effect\":\"ERROR\",\"status\":500}");

        Answer v2 = json("POST", "/v2/batches", BATCH, V2);
        Answer v1 = json("POST", "/api/groups", GROUP, V1);
        Answer smsend = get("/API/v1.0/REST/sms/1", "user_key", "x", "Access_token", "y");

        assertThat(v2.status()).isEqualTo(503);
        assertThat(v2.contentType()).isEqualTo("application/problem+json");
        assertThat(v2.header("Retry-After")).isEqualTo("7");
        assertThat(v2.json().get("status").asInt()).isEqualTo(503);
        assertThat(v2.json().get("instance").asString()).isEqualTo("/v2/batches");
        assertThat(v1.status()).isEqualTo(429);
        assertThat(v1.header("Retry-After")).isEqualTo("1");
        assertThat(v1.json().get("Message").asString()).contains("fault rule 2");
        assertThat(smsend.status()).isEqualTo(500);
        assertThat(smsend.contentType()).startsWith("text/plain");
        assertThat(smsend.header("Retry-After")).isNull();
        assertThat(recorded()).isZero();
        assertThat(get("/api/groups", bearer("test-token")).status()).isEqualTo(429);
        assertThat(triggered()).extracting(fault -> fault.get("ruleId").asString() + " " + fault.get("api").asString()
                        + " " + fault.get("method").asString() + " " + fault.get("path").asString() + " "
                        + fault.get("effect").asString() + " " + fault.get("status").asInt())
                .containsExactly("1 ip1 POST /v2/batches ERROR 503", "2 ip1 POST /api/groups ERROR 429",
                        "3 smsend GET /API/v1.0/REST/sms/1 ERROR 500", "2 ip1 GET /api/groups ERROR 429");
        assertThat(triggered().get(0).get("account").asString()).isEqualTo(ACCOUNT);
    }

    @Test
    void closeDropsTheConnectionBeforeAnyAnswer() throws IOException {
        rule("{\"match\":{\"method\":\"POST\",\"path\":\"/api/groups\"},\"effect\":\"CLOSE\"}");

        assertThat(raw("POST", "/api/groups", GROUP, V1)).isEmpty();

        assertThat(get("/api/groups", V1).json()).isEmpty();
        assertThat(triggered()).extracting(fault -> fault.get("effect").asString()).containsExactly("CLOSE");
    }

    @Test
    void truncateCutsTheRealAnswerShortAfterItTookEffect() throws IOException {
        rule("{\"match\":{\"operationId\":\"createGroup\"},\"effect\":\"TRUNCATE\"}");

        String answer = new String(raw("POST", "/api/groups", GROUP, V1), StandardCharsets.UTF_8);

        assertThat(answer).startsWith("HTTP/1.1 200");
        Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(answer);
        assertThat(length.find()).as(answer).isTrue();
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isPositive().isLessThan(Integer.parseInt(length.group(1)));
        assertThat(get("/api/groups", V1).json()).hasSize(1);
    }

    @Test
    void malformedKeepsStatusAndBreaksTheJson() {
        rule("{\"match\":{\"method\":\"POST\"},\"effect\":\"MALFORMED\"}");

        Answer answer = json("POST", "/api/groups", GROUP, V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThatThrownBy(answer::json).isInstanceOf(JacksonException.class);
        assertThat(get("/api/groups", V1).json()).hasSize(1);
    }

    @Test
    void commitThenErrorSendsTheSmsAndAnswers5xx() {
        rule("{\"match\":{\"path\":\"/v2/batches\"},\"effect\":\"COMMIT_THEN_ERROR\",\"status\":502,\"times\":1}");

        Answer failed = json("POST", "/v2/batches", BATCH, V2);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.contentType()).isEqualTo("application/problem+json");
        assertThat(failed.json().get("detail").asString()).contains("took effect");
        assertThat(ok(send("POST", "/_stub/deliveries/settle", null)).get("settled").asInt()).isEqualTo(1);
        JsonNode messages = ok(get("/_stub/messages"));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("step").asString()).isEqualTo("PHONE");
        assertThat(json("POST", "/v2/batches", BATCH, V2).status()).isEqualTo(201);
    }

    @Test
    void commitThenCloseSendsTheSmsAndDropsTheConnection() throws IOException {
        rule("{\"match\":{\"path\":\"/api/sms/send\"},\"effect\":\"COMMIT_THEN_CLOSE\"}");

        byte[] answer = raw("POST", "/api/sms/send", "{\"Numbers\":[\"+46701234567\"],\"From\":\"ip1sms\",\"Message\":\"Hi\"}", V1);

        assertThat(answer).isEmpty();
        assertThat(recorded()).isEqualTo(1);
    }

    @Test
    void latencyDelaysTheAnswerByTheGivenTime() {
        rule("{\"match\":{\"path\":\"/api/groups\"},\"effect\":\"LATENCY\",\"latencyMs\":300}");

        long start = System.nanoTime();
        Answer answer = get("/api/groups", V1);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer.status()).isEqualTo(200);
        assertThat(tookMs).isGreaterThanOrEqualTo(300);
        assertThat(triggered().get(0).get("latencyMs").asInt()).isEqualTo(300);
    }

    @Test
    void aLatencyRangeDrawsTheSameDelaysForTheSameSeed() {
        String range = "{\"effect\":\"LATENCY\",\"latencyMs\":1,\"latencyMaxMs\":20,\"seed\":7}";
        rule(range);
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ok(get("/api/groups", V1));
        }
        triggered().forEach(fault -> first.add(fault.get("latencyMs").asInt()));
        assertThat(send("POST", "/_stub/reset", null).status()).isEqualTo(204);
        rule(range);
        for (int i = 0; i < 8; i++) {
            ok(get("/api/groups", V1));
        }

        assertThat(first).hasSize(8).allSatisfy(ms -> assertThat(ms).isBetween(1, 20));
        assertThat(first.stream().distinct().count()).as("different delays").isGreaterThan(1);
        assertThat(triggered()).extracting(fault -> fault.get("latencyMs").asInt()).containsExactlyElementsOf(first);
    }

    @Test
    void latencyAddsUpWithTheRuleThatAnswers() {
        rule("{\"effect\":\"LATENCY\",\"latencyMs\":50}");
        rule("{\"effect\":\"ERROR\",\"status\":404}");

        assertThat(get("/v2/batches/1", V2).status()).isEqualTo(404);
        assertThat(triggered()).extracting(fault -> fault.get("effect").asString()).containsExactly("LATENCY", "ERROR");
    }

    @Test
    void everyMatchFieldMustMatch() {
        rule("{\"match\":{\"api\":\"ip1\",\"method\":\"GET\",\"path\":\"/api/groups/{group}\",\"account\":\""
                + OTHER_ACCOUNT + "\"},\"effect\":\"ERROR\",\"status\":403}");

        assertThat(get("/api/groups/1", V1).status()).isEqualTo(404); // another account: the real answer
        assertThat(delete("/api/groups/1", V1_OTHER).status()).isEqualTo(404); // another method
        assertThat(get("/api/groups", V1_OTHER).status()).isEqualTo(200); // another path
        assertThat(get("/v2/batches/1", V2_OTHER).status()).isEqualTo(404);
        assertThat(get("/api/groups/1", V1_OTHER).status()).isEqualTo(403);
        assertThat(get("/api/groups/1", bearer("test-token-2")).status()).isEqualTo(403);
        assertThat(get("/api/groups/1").status()).isEqualTo(401); // no credentials name no account
    }

    @Test
    void anSmsendUserIsMatchedByItsKeys() {
        rule("{\"match\":{\"account\":\"test2\"},\"effect\":\"ERROR\",\"status\":404}");
        String[] test = get("/API/v1.0/REST/token?username=test&password=test").body().split(";");
        String[] test2 = get("/API/v1.0/REST/token?username=test2&password=test2").body().split(";");

        assertThat(get("/API/v1.0/REST/sms/nope", "user_key", test[0], "Access_token", test[1]).body())
                .doesNotContain("fault rule");
        Answer failed = get("/API/v1.0/REST/sms/nope", "user_key", test2[0], "Access_token", test2[1]);
        assertThat(failed.status()).isEqualTo(404);
        assertThat(failed.body()).contains("fault rule 1");
        assertThat(triggered()).singleElement().satisfies(fault -> assertThat(fault.get("account").asString()).isEqualTo("test2"));
    }

    @Test
    void theTriggeredListKeepsTheLatest1000() {
        rule("{\"match\":{\"path\":\"/api/groups\"},\"effect\":\"LATENCY\",\"latencyMs\":0}");
        Call call = new Call("ip1", "GET", "/api/groups", () -> null, () -> ACCOUNT);
        for (int i = 0; i < FaultRules.TRIGGERED_KEPT + 5; i++) {
            faults.judge(call);
        }
        ok(get("/api/groups", V1));

        List<JsonNode> kept = triggered();
        assertThat(kept).hasSize(FaultRules.TRIGGERED_KEPT);
        assertThat(ok(get("/_stub/faults")).get(0).get("triggered").asInt()).isEqualTo(FaultRules.TRIGGERED_KEPT + 6);
    }

    @Test
    void anOperationIdMatchesItsOperationOnly() {
        rule("{\"match\":{\"operationId\":\"listGroups\"},\"effect\":\"ERROR\",\"status\":500}");

        assertThat(get("/api/groups", V1).status()).isEqualTo(500);
        assertThat(json("POST", "/api/groups", GROUP, V1).status()).isEqualTo(200);
        assertThat(get("/api/contacts", V1).status()).isEqualTo(200);
    }

    @Test
    void timesFailsTheNextCallsThenNoMore() {
        String id = rule("{\"effect\":\"ERROR\",\"status\":503,\"times\":2}");

        assertThat(List.of(get("/api/groups", V1).status(), get("/api/groups", V1).status(), get("/api/groups", V1).status()))
                .containsExactly(503, 503, 200);
        JsonNode listed = ok(get("/_stub/faults")).get(0);
        assertThat(listed.get("id").asString()).isEqualTo(id);
        assertThat(listed.get("triggered").asInt()).isEqualTo(2);
        assertThat(listed.get("remaining").asInt()).isZero();
    }

    @Test
    void aProbabilityWithASeedFailsTheSameCallsEveryRun() {
        String rule = "{\"effect\":\"ERROR\",\"status\":503,\"probability\":0.5,\"seed\":42}";
        List<Integer> first = statuses(rule, 20);
        List<Integer> again = statuses(rule, 20);
        List<Integer> otherSeed = statuses(rule.replace("42", "43"), 20);

        assertThat(first).contains(200, 503);
        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    private List<Integer> statuses(String rule, int calls) {
        assertThat(send("POST", "/_stub/reset", null).status()).isEqualTo(204);
        rule(rule);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(get("/api/groups", V1).status());
        }
        return statuses;
    }

    @Test
    void theControlApiAndTheDocumentationAreNeverFailed() {
        rule("{\"effect\":\"CLOSE\"}");

        assertThat(get("/_stub/messages").status()).isEqualTo(200);
        assertThat(get("/_stub/faults").status()).isEqualTo(200);
        assertThat(get("/docs/").status()).isNotZero();
        assertThat(triggered()).isEmpty();
    }

    @Test
    void rulesAreDeletedOneOrAllAndResetForgetsThemAndWhatTheyTriggered() {
        String first = rule("{\"match\":{\"path\":\"/api/groups\"},\"effect\":\"ERROR\",\"status\":500}");
        rule("{\"match\":{\"path\":\"/api/contacts\"},\"effect\":\"ERROR\",\"status\":500}");
        assertThat(get("/api/groups", V1).status()).isEqualTo(500);

        assertThat(delete("/_stub/faults/" + first).status()).isEqualTo(204);
        Answer unknown = delete("/_stub/faults/" + first);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(get("/api/groups", V1).status()).isEqualTo(200);
        assertThat(get("/api/contacts", V1).status()).isEqualTo(500);

        assertThat(delete("/_stub/faults").status()).isEqualTo(204);
        assertThat(get("/api/contacts", V1).status()).isEqualTo(200);
        assertThat(ok(get("/_stub/faults"))).isEmpty();
        assertThat(triggered()).hasSize(2);

        rule("{\"effect\":\"ERROR\"}");
        assertThat(send("POST", "/_stub/reset", null).status()).isEqualTo(204);
        assertThat(ok(get("/_stub/faults"))).isEmpty();
        assertThat(triggered()).isEmpty();
        assertThat(get("/api/contacts", V1).status()).isEqualTo(200);
        assertThat(rule("{\"effect\":\"ERROR\"}")).isEqualTo("1");
    }

    @Test
    void anInvalidRuleIs400NamingEachField() {
        for (String[] invalid : new String[][] {
                {"{\"effect\":\"ERROR\",\"status\":418}", "status"},
                {"{\"effect\":\"COMMIT_THEN_ERROR\",\"status\":503}", "status"},
                {"{\"effect\":\"CLOSE\",\"status\":500}", "status"},
                {"{\"effect\":\"LATENCY\"}", "latencyMs"},
                {"{\"effect\":\"LATENCY\",\"latencyMs\":50,\"latencyMaxMs\":10}", "latencyMaxMs"},
                {"{\"effect\":\"ERROR\",\"match\":{\"path\":\"/api/{x\"}}", "match.path"},
                {"{\"effect\":\"ERROR\",\"probability\":1.5}", "probability"},
                {"{\"effect\":\"ERROR\",\"times\":0}", "times"},
                {"{\"effect\":\"EXPLODE\"}", "effect"},
                {"{\"match\":{}}", "effect"}}) {
            Answer answer = json("POST", "/_stub/faults", invalid[0]);
            assertThat(answer.status()).as(invalid[0] + " " + answer).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.json().get("errors").has(invalid[1])).as(invalid[0] + " " + answer).isTrue();
        }
        assertThat(ok(get("/_stub/faults"))).isEmpty();
    }

    @Test
    void aCreatedRuleIsShownAsGiven() {
        Answer created = json("POST", "/_stub/faults",
                "{\"match\":{\"api\":\"smsend\",\"method\":\"GET\",\"path\":\"/API/v1.0/REST/sms/{order_id}\"},"
                        + "\"effect\":\"ERROR\",\"status\":503,\"retryAfter\":2,\"times\":2}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(JsonMapper.shared().readTree("{\"id\":\"1\",\"match\":{\"api\":\"smsend\","
                + "\"method\":\"GET\",\"path\":\"/API/v1.0/REST/sms/{order_id}\"},\"effect\":\"ERROR\",\"status\":503,"
                + "\"retryAfter\":2,\"times\":2,\"triggered\":0,\"remaining\":2}"));
    }

}
