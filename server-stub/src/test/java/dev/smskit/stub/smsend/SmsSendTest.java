package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /sms, GET /sms/{order_id} and DELETE /sms/{order_id}: orders whose states move on with the clock. */
class SmsSendTest extends SmsendHttpTest {

    // the clock starts at 2026-01-01T00:00:00Z, 01:00 in the users' time zone (Europe/Rome)
    private static final String NOW = "20260101010000";

    // an access token: the session key of `test` would expire while the clock moves on
    private Smsend.Keys keys;

    @BeforeEach
    void logInWithAToken() {
        keys = smsend.token("test", "test");
    }

    private HttpResponse<String> send(String json) {
        return smsend.post("/sms", json, keys);
    }

    private JsonNode state(String orderId) {
        HttpResponse<String> state = smsend.get("/sms/" + orderId, keys);
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        assertThat(state.headers().firstValue("Content-Type")).hasValue("application/json");
        return json(state.body());
    }

    private String status(String orderId) {
        return state(orderId).get("recipients").get(0).get("status").asString();
    }

    private Duration toNetwork() {
        return properties.delivery().toNetwork();
    }

    private Duration toPhone() {
        return properties.delivery().toPhone();
    }

    @Test
    void sendAnswers201WithTheOrderThenEachRecipientIsWaiting() {
        HttpResponse<String> sent = send("""
                {"message_type":"N","message":"Your order has shipped.","recipient":["+393471234567","3478765432"],
                 "order_id":"order-1"}""");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(sent.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(sent.body())).isEqualTo(json("{\"result\":\"OK\",\"order_id\":\"order-1\",\"total_sent\":2}"));
        assertThat(state("order-1")).isEqualTo(json("""
                {"recipient_number":2,"result":"OK","recipients":[
                  {"status":"WAITING","destination":"+393471234567","delivery_date":"%s"},
                  {"status":"WAITING","destination":"3478765432","delivery_date":"%s"}]}""".formatted(NOW, NOW)));
    }

    @Test
    void withoutAnOrderIdTheOrderGetsAUuidWithoutDashes() {
        JsonNode order = json(send("{\"message_type\":\"L\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"]}").body());

        String orderId = order.get("order_id").asString();
        assertThat(orderId).as("32 characters at most, as a given order_id").matches("[0-9a-f]{32}");
        assertThat(status(orderId)).isEqualTo("WAITING");
    }

    @Test
    void aNotifiedSmsGoesFromWaitingToSentToDeliveredWithTheClock() {
        send("{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"order_id\":\"n\"}");

        clock.add(toNetwork().minusMillis(1));
        assertThat(status("n")).isEqualTo("WAITING");
        clock.add(Duration.ofMillis(1));
        assertThat(state("n").get("recipients").get(0)).isEqualTo(json("""
                {"status":"SENT","destination":"+393471234567","delivery_date":"%s"}"""
                .formatted(date(toNetwork()))));
        clock.add(toPhone().minus(toNetwork()).minusMillis(1));
        assertThat(status("n")).isEqualTo("SENT");
        clock.add(Duration.ofMillis(1));
        assertThat(state("n").get("recipients").get(0)).isEqualTo(json("""
                {"status":"DLVRD","destination":"+393471234567","delivery_date":"%s"}"""
                .formatted(date(toPhone()))));
        clock.add(Duration.ofDays(1));
        assertThat(status("n")).as("delivered is final").isEqualTo("DLVRD");
    }

    /** The delivery_date this long after the start of the test's clock. */
    private static String date(Duration after) {
        return DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(LocalDateTime.of(2026, 1, 1, 1, 0).plus(after));
    }

    @Test
    void messageTypesWithoutNotificationStaySent() {
        send("{\"message_type\":\"L\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"order_id\":\"l\"}");
        send("{\"message_type\":\"LL\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"order_id\":\"ll\"}");

        clock.add(Duration.ofDays(1));

        assertThat(status("l")).isEqualTo("SENT");
        assertThat(status("ll")).isEqualTo("SENT");
    }

    @Test
    void aScheduledOrderWaitsForItsTimeInTheUsersTimeZoneOrTheOneGiven() {
        // 2026-01-01 03:00 in Rome is 02:00 UTC; 03:00 in London is 03:00 UTC
        send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"order_id":"rome",
                 "scheduled_delivery_time":"2026-01-01 03:00"}""");
        send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"order_id":"london",
                 "scheduled_delivery_time":"0101260300","scheduled_delivery_timezone":"Europe/London"}""");

        assertThat(state("rome").get("recipients").get(0)).isEqualTo(json("""
                {"status":"SCHEDULED","destination":"+393471234567","delivery_date":"20260101030000"}"""));
        assertThat(state("london").get("recipients").get(0).get("delivery_date").asString())
                .as("03:00 London is 04:00 Rome").isEqualTo("20260101040000");

        clock.add(Duration.ofHours(2).minusMillis(1));
        assertThat(status("rome")).isEqualTo("SCHEDULED");
        clock.add(Duration.ofMillis(1));
        assertThat(status("rome")).isEqualTo("WAITING");
        assertThat(status("london")).isEqualTo("SCHEDULED");
        clock.add(toPhone());
        assertThat(status("rome")).isEqualTo("DLVRD");
        assertThat(status("london")).isEqualTo("SCHEDULED");
        clock.add(Duration.ofHours(1));
        assertThat(status("london")).isEqualTo("DLVRD");
    }

    @Test
    void aScheduledTimeInThePastSendsAtOnce() {
        send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"order_id":"late",
                 "scheduled_delivery_time":"20251231"}""");

        assertThat(status("late")).isEqualTo("WAITING");
    }

    @Test
    void aScheduledOrderIsDeletedAndThenNotFoundAndItsCreditsComeBack() {
        send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567","+393478765432"],"order_id":"s",
                 "scheduled_delivery_time":"2026-01-02 10:00"}""");

        assertEmpty(smsend.delete("/sms/s", keys), 200);

        assertError(smsend.get("/sms/s", keys), 404, "The order_id was not found");
        assertError(smsend.delete("/sms/s", keys), 404, "The given order_id was not found");
        assertThat(json(send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"order_id":"s","returnRemaining":true}""")
                .body()).get("remaining_credits").asInt())
                .as("the order id is free again and the credits are back").isEqualTo(properties.credits() - 1);
    }

    @Test
    void anOrderThatIsNoLongerScheduledCannotBeDeleted() {
        send("{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"order_id\":\"now\"}");
        send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"order_id":"soon",
                 "scheduled_delivery_time":"2026-01-01 01:30"}""");
        clock.add(Duration.ofMinutes(30));

        String notScheduled = "The message sending could not be removed: the order is not SCHEDULED";
        assertError(smsend.delete("/sms/now", keys), 404, notScheduled);
        assertError(smsend.delete("/sms/soon", keys), 404, notScheduled);
        assertThat(status("now")).isEqualTo("DLVRD");
        assertThat(status("soon")).isEqualTo("WAITING");
    }

    @Test
    void returnCreditsCountsCreditsAndReturnRemainingAddsTheCreditsLeft() {
        String longText = "x".repeat(161);

        JsonNode messages = json(send("""
                {"message_type":"N","message":"%s","recipient":["+393471234567","+393478765432"],"returnRemaining":true}"""
                .formatted(longText)).body());
        JsonNode credits = json(send("""
                {"message_type":"N","message":"%s","recipient":["+393471234567","+393478765432"],
                 "returnCredits":true,"returnRemaining":true}""".formatted(longText)).body());

        assertThat(messages.get("total_sent").asInt()).isEqualTo(2);
        assertThat(messages.get("remaining_credits").asInt()).as("2 SMSs of 2 segments")
                .isEqualTo(properties.credits() - 4);
        assertThat(credits.get("total_sent").asInt()).isEqualTo(4);
        assertThat(credits.get("remaining_credits").asInt()).isEqualTo(properties.credits() - 8);
    }

    @Test
    void segmentsFollowTheEncoding() {
        assertThat(creditsFor("x".repeat(160), "gsm")).isEqualTo(1);
        assertThat(creditsFor("x".repeat(306), "gsm")).isEqualTo(2);
        assertThat(creditsFor("x".repeat(307), "gsm")).isEqualTo(3);
        assertThat(creditsFor("€".repeat(80), "gsm")).as("€ takes two septets").isEqualTo(1);
        assertThat(creditsFor("€".repeat(81), "gsm")).isEqualTo(2);
        assertThat(creditsFor("è".repeat(160), "gsm")).as("è is in the GSM alphabet").isEqualTo(1);
        assertThat(creditsFor("ł".repeat(70), "ucs2")).isEqualTo(1);
        assertThat(creditsFor("ł".repeat(71), "ucs2")).isEqualTo(2);
        assertThat(creditsFor("x".repeat(71), "ucs2")).as("the encoding asked for counts").isEqualTo(2);
        assertThat(creditsFor("x".repeat(66) + "😀" + "x".repeat(66), "ucs2"))
                .as("134 UTF-16 units, but the surrogate pair does not fit in the first part's last unit").isEqualTo(3);
        assertThat(creditsFor("x".repeat(65) + "😀" + "x".repeat(67), "ucs2")).as("the pair ends the first part").isEqualTo(2);
    }

    private int creditsFor(String message, String encoding) {
        HttpResponse<String> sent = send("""
                {"message_type":"N","message":"%s","encoding":"%s","recipient":["+393471234567"],"returnCredits":true}"""
                .formatted(message, encoding));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return json(sent.body()).get("total_sent").asInt();
    }

    @Test
    void invalidRecipientsAreRefusedUnlessAllowedThenKeptWithoutBeingSent() {
        String recipients = "[\"+393471234567\",\"call me\",\"+39000\"]";

        assertError(send("{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":" + recipients + "}"), 400,
                "Invalid recipient: call me");
        HttpResponse<String> allowed = send("""
                {"message_type":"N","message":"Hi","recipient":%s,"allowInvalidRecipients":true,"order_id":"mixed"}"""
                .formatted(recipients));

        assertThat(json(allowed.body()).get("total_sent").asInt()).isEqualTo(1);
        clock.add(toPhone());
        assertThat(state("mixed")).isEqualTo(json("""
                {"recipient_number":3,"result":"OK","recipients":[
                  {"status":"DLVRD","destination":"+393471234567","delivery_date":"%s"},
                  {"status":"UNKNRCPT","destination":"call me","delivery_date":"%s"},
                  {"status":"INVALIDDST","destination":"+39000","delivery_date":"%s"}]}"""
                .formatted(date(toPhone()), NOW, NOW)));
    }

    @Test
    void oneNumberWrittenInSeveralWaysIsOneRecipient() {
        HttpResponse<String> sent = send("""
                {"message_type":"N","message":"Hi","order_id":"same",
                 "recipient":["+393471234567","00393471234567","393471234567","3471234567"]}""");

        assertThat(json(sent.body()).get("total_sent").asInt()).isEqualTo(1);
        assertThat(state("same").get("recipient_number").asInt()).isEqualTo(1);
    }

    @Test
    void anOrderIdIsUsedOnceAndOnlyItsUserSeesTheOrder() {
        send("{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"order_id\":\"mine\"}");

        assertError(send("{\"message_type\":\"N\",\"message\":\"Again\",\"recipient\":[\"+393478765432\"],"
                + "\"order_id\":\"mine\"}"), 400, "Invalid order_id: mine is already used");
        assertThat(state("mine").get("recipients").get(0).get("destination").asString()).isEqualTo("+393471234567");
        assertError(smsend.get("/sms/mine", test2), 404, "The order_id was not found");
        assertError(smsend.delete("/sms/mine", test2), 404, "The given order_id was not found");
        assertThat(smsend.post("/sms", "{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],"
                + "\"order_id\":\"mine\"}", test2).statusCode()).as("another user's order ids are its own").isEqualTo(201);
    }

    @Test
    void aSendBeyondTheCreditsIsRefusedAndTakesNothing() {
        // 1000 characters are 7 segments: one such SMS to as many numbers as the credits cover
        String message = "x".repeat(1000);
        int recipients = properties.credits() / 7;
        String numbers = IntStream.range(0, recipients)
                .mapToObj(i -> "\"+39347%07d\"".formatted(i))
                .collect(Collectors.joining(","));
        JsonNode first = json(send("""
                {"message_type":"N","message":"%s","recipient":[%s],"returnCredits":true,"returnRemaining":true}"""
                .formatted(message, numbers)).body());
        int left = properties.credits() - 7 * recipients;
        assertThat(first.get("remaining_credits").asInt()).isEqualTo(left).isLessThan(7);

        assertError(send("""
                {"message_type":"N","message":"%s","recipient":["+393471234567"],"order_id":"last"}"""
                .formatted(message)), 400, "Not enough credits: the order needs 7, " + left + " left");

        assertError(smsend.get("/sms/last", keys), 404, "The order_id was not found");
        assertThat(json(send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"returnRemaining":true}""")
                .body()).get("remaining_credits").asInt()).isEqualTo(left - 1);
        assertThat(json(smsend.post("/sms", """
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"returnRemaining":true}""", test2)
                .body()).get("remaining_credits").asInt()).as("each user has its own").isEqualTo(properties.credits() - 1);
    }

    @Test
    void theControlApiSettlesDueSmsNowButNotScheduledOnes() {
        send("{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\",\"+393478765432\"],"
                + "\"order_id\":\"n\"}");
        send("{\"message_type\":\"L\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"order_id\":\"l\"}");
        send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"order_id":"later",
                 "scheduled_delivery_time":"2026-01-02 10:00"}""");

        HttpResponse<String> network = smsend.control("POST", "/_stub/deliveries/settle?until=NETWORK");
        assertThat(json(network.body()).get("settled").asInt()).isEqualTo(3);
        assertThat(state("n").get("recipients").findValuesAsString("status")).containsOnly("SENT");
        assertThat(status("l")).isEqualTo("SENT");
        HttpResponse<String> phone = smsend.control("POST", "/_stub/deliveries/settle?until=PHONE");
        assertThat(json(phone.body()).get("settled").asInt()).as("L has nowhere further to go").isEqualTo(2);
        assertThat(state("n").get("recipients").get(0)).isEqualTo(json("""
                {"status":"DLVRD","destination":"+393471234567","delivery_date":"%s"}""".formatted(NOW)));
        assertThat(status("l")).isEqualTo("SENT");
        assertThat(status("later")).isEqualTo("SCHEDULED");
        assertThat(json(smsend.control("POST", "/_stub/deliveries/settle").body()).get("settled").asInt()).isZero();
    }

    @Test
    void theControlApisResetForgetsOrdersAndGivesTheCreditsBack() {
        send("{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"order_id\":\"o\"}");

        assertThat(smsend.control("POST", "/_stub/reset").statusCode()).isEqualTo(204);

        assertError(smsend.get("/sms/o", keys), 404, "The order_id was not found");
        assertThat(json(send("""
                {"message_type":"N","message":"Hi","recipient":["+393471234567"],"order_id":"o","returnRemaining":true}""")
                .body()).get("remaining_credits").asInt()).isEqualTo(properties.credits() - 1);
    }

    @Test
    void theControlApiListsEachSmsSentWithItsUserAndItsSmsendStatus() {
        send("""
                {"message_type":"N","message":"Ciao è","recipient":["+393471234567","not a number"],"order_id":"o1",
                 "sender":"MyShop","allowInvalidRecipients":true}""");
        smsend.post("/sms", "{\"message_type\":\"L\",\"message\":\"Hi\",\"recipient\":[\"+393478765432\"],"
                + "\"order_id\":\"o2\",\"encoding\":\"ucs2\"}", smsend.token("test2", "test2"));
        smsend.control("POST", "/_stub/deliveries/settle?until=NETWORK");

        JsonNode messages = json(smsend.control("GET", "/_stub/messages?api=smsend").body());

        assertThat(messages).hasSize(2).as("the invalid recipient was sent nothing");
        assertThat(messages.get(0)).isEqualTo(json("""
                {"key":"smsend-MjAyNi0wMS0wMVQwMDowMDowMFoKdGVzdApvMQorMzkzNDcxMjM0NTY3","api":"smsend","orderId":"o1","account":"test",
                 "direction":"OUTGOING","from":"MyShop","to":"+393471234567","message":"Ciao è","encoding":"GSM",
                 "segments":1,"price":1.0,"currency":"credits","smsendStatus":"SENT","step":"NETWORK",
                 "created":"2026-01-01T00:00:00.000Z"}"""));
        assertThat(messages.get(1).get("account").asString()).isEqualTo("test2");
        assertThat(messages.get(1).get("from").asString()).as("no sender given").isEmpty();
        assertThat(messages.get(1).get("encoding").asString()).isEqualTo("UCS2");
        assertThat(messages.get(1).get("smsendStatus").asString()).isEqualTo("SENT");
        assertThat(json(smsend.control("GET", "/_stub/messages?account=test2").body()).valueStream()
                .map(message -> message.get("orderId").asString())).containsExactly("o2");
        assertThat(json(smsend.control("GET", "/_stub/messages?api=ip1").body())).isEmpty();
    }
}
