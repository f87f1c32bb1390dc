package dev.smskit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.smskit.common.NetworkException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.OutcomeUnknownException;
import dev.smskit.common.RetryPolicy;
import dev.smskit.common.ServerException;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.GroupUpdate;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.smsend.Smsend;
import dev.smskit.smsend.model.SmsMessageType;
import dev.smskit.smsend.model.SmsSendRequest;
import dev.smskit.testing.control.model.FaultMatch;
import dev.smskit.testing.control.model.FaultRule;
import dev.smskit.testing.control.model.TriggeredFault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client against the real stub with fault rules: what is retried, what is not, and how an
 * application reconciles a send whose outcome is unknown before sending again (README "The client
 * under faults").
 */
@SmskitStub
class ClientUnderFaultsTest {

    private static final String PHONE = "+46701234567";
    /** IP1 V2 writes numbers without the plus. */
    private static final String V2_PHONE = "46701234567";

    /** The waits the retry policy asked for; nobody sleeps, so the test takes no wall-clock time for them. */
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private RetryPolicy policy;

    @StubInject
    @StubBaseUrl
    String baseUrl;
    @StubInject
    StubControl stub;

    @BeforeEach
    void recordWaits() {
        waits.clear();
        policy = RetryPolicy.builder().sleeper(waits::add).build();
    }

    private Ip1V1 ip1V1() {
        return Ip1V1.builder().baseUrl(baseUrl).accountId("ip1-12345").apiKey("test-key").retryPolicy(policy).build();
    }

    private Ip1V2 ip1V2() {
        return Ip1V2.builder().baseUrl(baseUrl).bearerToken("test-token").retryPolicy(policy).build();
    }

    private Smsend smsend() {
        return Smsend.builder().baseUrl(baseUrl + "/API/v1.0/REST").username("test").password("test").retryPolicy(policy).build();
    }

    private static FaultRule rule(FaultMatch.MethodEnum method, String path, FaultRule.EffectEnum effect) {
        return new FaultRule().match(new FaultMatch().method(method).path(path)).effect(effect);
    }

    private List<String> triggered() {
        return stub.triggeredFaults().stream().map(fault -> fault.getMethod() + " " + fault.getEffect()
                + (fault.getStatus() == null ? "" : " " + fault.getStatus())).toList();
    }

    @Test
    void getPutAndDeleteAreRetriedThrough503And429AndADroppedConnectionHonouringRetryAfter() {
        Ip1V1 ip1 = ip1V1();
        int group = ip1.createGroup(new GroupNew().name("Customers")).getID();
        stub.addFaultRule(rule(FaultMatch.MethodEnum.GET, "/api/groups/{group}", FaultRule.EffectEnum.ERROR).status(503).retryAfter(2).times(1));
        stub.addFaultRule(rule(FaultMatch.MethodEnum.PUT, "/api/groups/{group}", FaultRule.EffectEnum.ERROR).status(429).retryAfter(1).times(1));
        stub.addFaultRule(rule(FaultMatch.MethodEnum.DELETE, "/api/groups/{group}", FaultRule.EffectEnum.CLOSE).times(1));

        assertThat(ip1.groups().getGroup(group).getName()).isEqualTo("Customers");
        assertThat(ip1.groups().updateGroup(group, new GroupUpdate().ID(group).name("Buyers")).getName()).isEqualTo("Buyers");
        ip1.groups().deleteGroup(group);

        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1), policy.initialDelay());
        assertThat(triggered()).containsExactly("GET ERROR 503", "PUT ERROR 429", "DELETE CLOSE");
        assertThat(ip1.groups().listGroups()).isEmpty();
    }

    @Test
    void aPostIsNeverRetriedByDefault() {
        Ip1V1 ip1 = ip1V1();
        stub.addFaultRule(rule(FaultMatch.MethodEnum.POST, "/api/groups", FaultRule.EffectEnum.ERROR).status(503).times(1));

        assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers"))).isExactlyInstanceOf(ServerException.class);

        assertThat(waits).isEmpty();
        assertThat(ip1.groups().listGroups()).isEmpty();
        assertThat(triggered()).containsExactly("POST ERROR 503");
    }

    @Test
    void aV2BatchCommittedThenFailedIsFoundByItsReferenceAndNotSentAgain() {
        Ip1V2 ip1 = ip1V2();
        stub.addFaultRule(rule(FaultMatch.MethodEnum.POST, "/v2/batches", FaultRule.EffectEnum.COMMIT_THEN_ERROR).status(500).times(1));
        BatchNew batch = new BatchNew().sender("shop").addRecipientsItem(V2_PHONE).body("Your order 1001 has shipped.")
                .reference("order-1001");

        assertThatThrownBy(() -> ip1.createBatch(batch))
                .isExactlyInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("may have gone out")
                .asInstanceOf(type(OutcomeUnknownException.class))
                .satisfies(unknown -> assertThat(unknown.getServerAnswer()).get().extracting(ServerException::getStatus).isEqualTo(500));
        // reconcile: was it sent? look for the reference before sending again
        boolean sent = ip1.listBatches().anyMatch(existing -> "order-1001".equals(existing.getReference()));
        if (!sent) {
            ip1.createBatch(batch);
        }

        assertThat(sent).isTrue();
        assertThat(stub.messages(SmsQuery.to(V2_PHONE))).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aV2BatchWhoseConnectionWasDroppedBeforeItWasHandledIsSentAgainAfterTheCheck() {
        Ip1V2 ip1 = ip1V2();
        stub.addFaultRule(rule(FaultMatch.MethodEnum.POST, "/v2/batches", FaultRule.EffectEnum.CLOSE).times(1));
        BatchNew batch = new BatchNew().sender("shop").addRecipientsItem(V2_PHONE).body("Your order 1002 has shipped.")
                .reference("order-1002");

        assertThatThrownBy(() -> ip1.createBatch(batch)).isExactlyInstanceOf(OutcomeUnknownException.class);
        boolean sent = ip1.listBatches().anyMatch(existing -> "order-1002".equals(existing.getReference()));
        if (!sent) {
            ip1.createBatch(batch);
        }

        assertThat(sent).isFalse();
        assertThat(stub.messages(SmsQuery.to(V2_PHONE))).hasSize(1);
    }

    @Test
    void anSmsendOrderCommittedThenDroppedIsFoundByItsOrderId() {
        Smsend smsend = smsend();
        stub.addFaultRule(rule(FaultMatch.MethodEnum.POST, "/API/v1.0/REST/sms", FaultRule.EffectEnum.COMMIT_THEN_CLOSE).times(1));
        SmsSendRequest sms = new SmsSendRequest().messageType(SmsMessageType.N).message("Il tuo ordine è partito.")
                .addRecipientItem(PHONE).orderId("order-1003");

        assertThatThrownBy(() -> smsend.sendSms(sms)).isExactlyInstanceOf(OutcomeUnknownException.class);
        boolean sent;
        try {
            sent = smsend.getSmsState("order-1003") != null;
        } catch (NotFoundException never) {
            sent = false;
        }
        if (!sent) {
            smsend.sendSms(sms);
        }

        assertThat(sent).isTrue();
        assertThat(stub.messages(SmsQuery.to(PHONE))).hasSize(1);
        assertThat(triggered()).containsExactly("POST COMMIT_THEN_CLOSE");
    }

    @Test
    void aV1SendCommittedThenFailedIsFoundInTheSentList() {
        Ip1V1 ip1 = ip1V1();
        stub.addFaultRule(rule(FaultMatch.MethodEnum.POST, "/api/sms/send", FaultRule.EffectEnum.COMMIT_THEN_ERROR).status(504).times(1));
        OutgoingSMS sms = new OutgoingSMS().from("shop").addNumbersItem(PHONE).message("Your order 1004 has shipped.");

        assertThatThrownBy(() -> ip1.sendSms(sms)).isExactlyInstanceOf(OutcomeUnknownException.class);
        List<ProcessedOutgoingSMS> sentList = ip1.sms().listSentSms();
        boolean sent = sentList.stream().anyMatch(existing -> existing.getTo().equals(PHONE)
                && existing.getMessage().equals("Your order 1004 has shipped."));
        if (!sent) {
            ip1.sendSms(sms);
        }

        assertThat(sent).isTrue();
        assertThat(stub.messages(SmsQuery.to(PHONE))).hasSize(1);
    }

    @Test
    void aDelayAboveTheReadTimeoutIsANetworkExceptionWithinTheTimeout() {
        Ip1V1 ip1 = Ip1V1.builder().baseUrl(baseUrl).accountId("ip1-12345").apiKey("test-key")
                .readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build();
        stub.addFaultRule(rule(FaultMatch.MethodEnum.GET, "/api/groups", FaultRule.EffectEnum.LATENCY).latencyMs(5_000).times(1));

        long start = System.nanoTime();
        assertThatThrownBy(() -> ip1.groups().listGroups())
                .isExactlyInstanceOf(NetworkException.class)
                .hasMessageContaining("timed out");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // the delay is 5 s; the client gave up well before (generous: a busy machine)
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofMillis(4_000));
        assertThat(stub.triggeredFaults()).extracting(TriggeredFault::getLatencyMs).containsExactly(5_000);
    }
}
