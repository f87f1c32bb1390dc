package dev.smskit;

import static dev.smskit.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.common.DeliveryState;
import dev.smskit.common.RetryPolicy;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.SmsStatus;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.smsend.Smsend;
import dev.smskit.smsend.model.SmsOrderState;
import dev.smskit.smsend.model.SmsRecipientState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Typed statuses and waiting until a message is final, per API, without real waits. */
class WaitUntilFinalTest {

    /** A clock that the sleeper moves on: waits are recorded, not slept. */
    static final class Time extends Clock implements RetryPolicy.Sleeper {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");
        final List<Duration> waits = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private MockWebServer server;
    private final Time time = new Time();

    @BeforeEach
    void start() throws Exception {
        server = Wire.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RetryPolicy policy() {
        return RetryPolicy.builder().sleeper(time).clock(time).build();
    }

    private static String v1Sms(int status) {
        return "{\"ID\":880124,\"Status\":" + status + ",\"To\":\"+46701234567\",\"From\":\"ip1sms\",\"Message\":\"Hi\"}";
    }

    @Test
    void v1ReadsTheMessageUntilItIsDeliveredToThePhone() {
        server.enqueue(json(200, v1Sms(0)));
        server.enqueue(json(200, v1Sms(21)));
        server.enqueue(json(200, v1Sms(22)));
        Ip1V1 ip1 = Ip1V1.builder().baseUrl(Wire.root(server)).bearerToken("t").retryPolicy(policy()).build();

        ProcessedOutgoingSMS sms = ip1.waitUntilFinal(880124, Duration.ofMinutes(1));

        assertThat(SmsStatus.of(sms.getStatus())).isEqualTo(SmsStatus.DELIVERED_TO_PHONE);
        assertThat(SmsStatus.of(sms.getStatus()).isDelivered()).isTrue();
        assertThat(time.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void v1GivesUpAtTheTimeoutWithTheLatestStatus() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(200, v1Sms(21)));
        }
        Ip1V1 ip1 = Ip1V1.builder().baseUrl(Wire.root(server)).bearerToken("t").retryPolicy(policy()).build();

        ProcessedOutgoingSMS sms = ip1.waitUntilFinal(880124, Duration.ofSeconds(5));

        assertThat(SmsStatus.of(sms.getStatus())).isEqualTo(SmsStatus.DELIVERED_TO_NETWORK);
        assertThat(SmsStatus.of(sms.getStatus()).isFinal()).isFalse();
        assertThat(time.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void v1StatusCodesAreTypedWithIp1sWording() {
        assertThat(SmsStatus.of(0)).isEqualTo(SmsStatus.DELIVERED_TO_GATEWAY);
        assertThat(SmsStatus.of(0).description()).isEqualTo("Delivered to gateway");
        assertThat(SmsStatus.of(0).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(SmsStatus.of(52).isFailed()).isTrue();
        assertThat(SmsStatus.of(42).isFinal()).isTrue();
        assertThat(SmsStatus.of(99)).isEqualTo(SmsStatus.UNKNOWN);
        assertThat(SmsStatus.of(null)).isEqualTo(SmsStatus.UNKNOWN);
        assertThat(SmsStatus.DELIVERED_TO_PHONE.code()).isEqualTo(22);
    }

    private static String v2Messages(String... codes) {
        StringBuilder statuses = new StringBuilder();
        for (String code : codes) {
            statuses.append(statuses.length() == 0 ? "" : ",")
                    .append("{\"code\":").append(code).append(",\"duration\":0,\"created\":\"2026-12-03T10:00:00Z\"}");
        }
        return "[{\"id\":\"m1\",\"batchId\":\"b1\",\"recipient\":\"46701234567\",\"statuses\":[" + statuses + "]}]";
    }

    @Test
    void v2ReadsTheBatchUntilEveryMessageIsFinal() throws Exception {
        server.enqueue(json(200, v2Messages("101")));
        server.enqueue(json(200, v2Messages("101", "102", "201")));
        Ip1V2 ip1 = Ip1V2.builder().baseUrl(Wire.root(server)).bearerToken("t").retryPolicy(policy()).build();

        List<Message> messages = ip1.waitUntilFinal("b1", Duration.ofMinutes(1));

        assertThat(messages).hasSize(1);
        assertThat(Ip1V2.currentStatus(messages.get(0)).orElseThrow().getCode().getValue()).isEqualTo(201);
        assertThat(Ip1V2.state(messages.get(0))).isEqualTo(DeliveryState.DELIVERED);
        assertThat(time.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(Wire.take(server).getTarget()).isEqualTo("/v2/batches/b1/messages");
    }

    @Test
    void v2StatesFollowTheClassOfTheCode() {
        Message none = new Message();
        assertThat(Ip1V2.currentStatus(none)).isEmpty();
        assertThat(Ip1V2.state(none)).isEqualTo(DeliveryState.PENDING);
        assertThat(Ip1V2.state(parse(v2Messages("101", "102")))).isEqualTo(DeliveryState.PENDING);
        assertThat(Ip1V2.state(parse(v2Messages("101", "402")))).isEqualTo(DeliveryState.FAILED);
        assertThat(Ip1V2.state(parse(v2Messages("101", "599"))).isFailed()).isTrue();
        assertThat(Ip1V2.state(parse(v2Messages("101", "404")))).as("content rejected").isEqualTo(DeliveryState.FAILED);
        assertThat(Ip1V2.state(parse(v2Messages("101", "102", "202")))).as("expired").isEqualTo(DeliveryState.FAILED);
        assertThat(Ip1V2.state(parse(v2Messages("101", "203")))).as("cancelled").isEqualTo(DeliveryState.FAILED);
    }

    private static Message parse(String messages) {
        try {
            return dev.smskit.internal.Json.configure(dev.smskit.ip1.v2.invoker.ApiClient.createObjectMapper())
                    .readValue(messages, Message[].class)[0];
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String smsendState(String... statuses) {
        StringBuilder recipients = new StringBuilder();
        for (String status : statuses) {
            recipients.append(recipients.length() == 0 ? "" : ",")
                    .append("{\"status\":\"").append(status).append("\",\"destination\":\"+39347123456").append(recipients.length() % 10).append("\"}");
        }
        return "{\"recipient_number\":" + statuses.length + ",\"result\":\"OK\",\"recipients\":[" + recipients + "]}";
    }

    @Test
    void smsendReadsTheOrderUntilEveryRecipientIsFinal() {
        server.enqueue(json(200, smsendState("WAITING", "SENT")));
        server.enqueue(json(200, smsendState("DLVRD", "WAIT4DLVR")));
        server.enqueue(json(200, smsendState("DLVRD", "INVALIDDST")));
        Smsend smsend = Smsend.builder().baseUrl(Wire.root(server)).userKey("U").accessToken("A")
                .retryPolicy(policy()).build();

        SmsOrderState order = smsend.waitUntilFinal("order-1", Duration.ofMinutes(1));

        assertThat(order.getRecipients()).extracting(Smsend::state)
                .containsExactly(DeliveryState.DELIVERED, DeliveryState.FAILED);
        assertThat(time.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void smsendStatesOfEveryDocumentedStatus() {
        for (SmsRecipientState.StatusEnum status : SmsRecipientState.StatusEnum.values()) {
            DeliveryState state = Smsend.state(new SmsRecipientState().status(status).destination("+393471234567"));
            switch (status.getValue()) {
                case "DLVRD" -> assertThat(state).as(status.getValue()).isEqualTo(DeliveryState.DELIVERED);
                case "WAITING", "SENT", "WAIT4DLVR", "SCHEDULED" -> assertThat(state).as(status.getValue()).isEqualTo(DeliveryState.PENDING);
                default -> assertThat(state).as(status.getValue()).isEqualTo(DeliveryState.FAILED);
            }
        }
    }
}
