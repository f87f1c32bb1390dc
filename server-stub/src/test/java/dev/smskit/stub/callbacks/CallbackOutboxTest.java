package dev.smskit.stub.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.TestClock;
import dev.smskit.stub.sms.MessageCallbacks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;
import tools.jackson.databind.json.JsonMapper;

/** The outbox on its own, with settings a shared stub would use. */
class CallbackOutboxTest {

    private final MutableClock clock = MutableClock.of(TestClock.START, ZoneOffset.UTC);
    private CallbackOutbox outbox;
    private Receiver receiver;

    @AfterEach
    void stop() {
        if (outbox != null) {
            outbox.stop();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private static CallbackProperties settings(List<String> allowedHosts, double backoffMultiplier, int maxAttempts) {
        return settings(allowedHosts, backoffMultiplier, maxAttempts, 100);
    }

    private static CallbackProperties settings(List<String> allowedHosts, double backoffMultiplier, int maxAttempts,
            int keptAttempts) {
        return new CallbackProperties(Duration.ofMinutes(1), backoffMultiplier, maxAttempts, Duration.ofSeconds(2),
                Duration.ofSeconds(10), 16, 2, Duration.ofMillis(20), allowedHosts, keptAttempts);
    }

    private List<CallbackOutbox.Attempt> attempts(int count) throws InterruptedException {
        for (int waited = 0; waited < 1500 && outbox.attempts(null).size() < count; waited++) {
            Thread.sleep(20);
        }
        return outbox.attempts(null);
    }

    private void follow(String url) {
        MessageCallbacks.Reports one = new MessageCallbacks.Reports(List.of(Map.of("code", 101)), true);
        outbox.follow("IP1_DELIVERY_REPORT", "ip1-12345", "000000000000000000000001", URI.create(url), () -> one);
    }

    @Test
    void aHostThatIsNotAllowedIsNeverCalledAndTheAttemptSaysWhy() throws Exception {
        receiver = new Receiver();
        outbox = new CallbackOutbox(settings(List.of("receiver.example"), 1, 10), clock, JsonMapper.shared());

        follow(receiver.url("/reports"));

        List<CallbackOutbox.Attempt> attempts = attempts(1);
        assertThat(attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isNull();
            assertThat(attempt.error()).isEqualTo("host 127.0.0.1 is not in smskit.stub.callbacks.allowed-hosts; not called");
            assertThat(attempt.outcome()).isEqualTo(CallbackOutbox.Outcome.DISCARDED);
            assertThat(attempt.body()).isEqualTo("{\"code\":101}");
        });
        assertThat(receiver.rest()).isEmpty();
    }

    @Test
    void anAllowedHostIsCalled() throws Exception {
        receiver = new Receiver();
        outbox = new CallbackOutbox(settings(List.of("127.0.0.1"), 1, 10), clock, JsonMapper.shared());

        follow(receiver.url("/reports"));

        assertThat(receiver.take(1)).extracting(Receiver.Call::body).containsExactly("{\"code\":101}");
    }

    @Test
    void retriesBackOffByTheMultiplierAndStopAtTheMaximum() throws Exception {
        receiver = new Receiver().answering(503, 503, 503);
        outbox = new CallbackOutbox(settings(List.of(), 2, 3), clock, JsonMapper.shared());

        follow(receiver.url("/reports"));
        attempts(1);
        clock.add(Duration.ofMinutes(1));
        attempts(2);
        clock.add(Duration.ofMinutes(2));
        List<CallbackOutbox.Attempt> attempts = attempts(3);

        assertThat(attempts).extracting(CallbackOutbox.Attempt::at).containsExactly(TestClock.START,
                TestClock.START.plus(Duration.ofMinutes(1)), TestClock.START.plus(Duration.ofMinutes(3)));
        assertThat(attempts).extracting(CallbackOutbox.Attempt::outcome).containsExactly(CallbackOutbox.Outcome.RETRY,
                CallbackOutbox.Outcome.RETRY, CallbackOutbox.Outcome.DISCARDED);
        assertThat(receiver.take(3)).hasSize(3);
    }

    @Test
    void onlyTheLatestAttemptsAreKept() throws Exception {
        receiver = new Receiver().answering(503, 503, 503);
        outbox = new CallbackOutbox(settings(List.of(), 1, 3, 2), clock, JsonMapper.shared());

        follow(receiver.url("/reports"));
        attempts(1);
        clock.add(Duration.ofMinutes(1));
        attempts(2);
        clock.add(Duration.ofMinutes(1));
        receiver.take(3);
        List<CallbackOutbox.Attempt> kept = outbox.attempts(null);
        for (int waited = 0; waited < 1500 && kept.get(kept.size() - 1).attempt() < 3; waited++) {
            Thread.sleep(20);
            kept = outbox.attempts(null);
        }

        assertThat(kept).extracting(CallbackOutbox.Attempt::attempt).containsExactly(2, 3);
    }
}
