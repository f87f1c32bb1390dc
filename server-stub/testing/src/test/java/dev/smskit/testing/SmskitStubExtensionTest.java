package dev.smskit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.smskit.common.NetworkException;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.smsend.Smsend;
import dev.smskit.smsend.model.SmsMessageType;
import dev.smskit.smsend.model.SmsSendRequest;
import java.io.IOException;
import com.sun.net.httpserver.HttpServer;
import dev.smskit.testing.control.model.CallbackAttempt;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension as a consumer's tests meet it, each case a test class of its own run by JUnit's
 * engine test kit: what they are given, what they see between tests, and how they fail.
 */
class SmskitStubExtensionTest {

    /** Base URLs the sample classes saw, in the order they ran. */
    static final List<URI> seen = new CopyOnWriteArrayList<>();

    private static EngineExecutionResults run(Class<?>... classes) {
        seen.clear();
        var request = EngineTestKit.engine("junit-jupiter");
        for (Class<?> type : classes) {
            request = request.selectors(selectClass(type));
        }
        return request.execute();
    }

    // --- injection: every type, as parameter and as field ---

    @SmskitStub
    static class EveryApi {

        @StubInject
        static StubControl staticControl;

        @StubInject
        Ip1V1 ip1;

        @StubInject
        @StubBaseUrl
        String baseUrlText;

        @Test
        void sendsThroughAllThreeApis(Ip1V1 ip1V1, Ip1V2 ip1V2, Smsend smsend, StubControl stub, URI baseUrl) {
            assertThat(ip1).isSameAs(ip1V1);
            assertThat(staticControl).isSameAs(stub);
            assertThat(baseUrlText).isEqualTo(baseUrl.toString()).startsWith("http://127.0.0.1:");
            seen.add(baseUrl);

            ip1V1.sendSms(new OutgoingSMS().addNumbersItem("+46701234567").from("shop").message("Shipped by V1"));
            ip1V2.createBatch(new BatchNew().sender("shop").addRecipientsItem("46701234568").body("Shipped by V2"));
            String order = smsend.sendSms(new SmsSendRequest().messageType(SmsMessageType.N)
                    .message("Shipped by smsend").addRecipientItem("+393471234567")).getOrderId();

            RecordedSms v1 = stub.awaitDelivered(SmsQuery.to("+46701234567"));
            assertThat(v1.text()).isEqualTo("Shipped by V1");
            assertThat(v1.account()).isEqualTo("ip1-12345");
            assertThat(v1.from()).isEqualTo("shop");
            assertThat(stub.awaitDelivered(SmsQuery.to("46701234568").api(Api.IP1_V2)).text()).isEqualTo("Shipped by V2");
            assertThat(stub.messages(SmsQuery.any().textContaining("Shipped by"))).hasSize(3);
            assertThat(stub.messages(SmsQuery.any().api(Api.IP1_V1))).extracting(RecordedSms::text).containsExactly("Shipped by V1");
            assertThat(stub.messages(SmsQuery.any().api(Api.IP1_V2))).extracting(RecordedSms::text).containsExactly("Shipped by V2");
            assertThat(stub.awaitDelivered(SmsQuery.to("+393471234567").api(Api.SMSEND)).account()).isEqualTo("test");
            assertThat(smsend.getSmsState(order).getRecipients()).singleElement()
                    .satisfies(recipient -> assertThat(recipient.getStatus()).hasToString("DLVRD"));
        }

        @Test
        void takesTheBaseUrlAsString(@StubBaseUrl String baseUrl) {
            assertThat(baseUrl).isEqualTo(baseUrlText);
        }
    }

    @Test
    void injectsTheClientsTheHandleAndTheBaseUrl() {
        run(EveryApi.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    // --- state is reset before each test ---

    @SmskitStub
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TwoTests {

        @Test
        @Order(1)
        void sends(Ip1V1 ip1, StubControl stub) {
            ip1.sendSms(new OutgoingSMS().addNumbersItem("+46701234567").from("shop").message("First"));
            stub.injectIncoming("ip1-12345", "+46701234567", "Thanks");
            assertThat(stub.messages()).hasSize(2);
        }

        @Test
        @Order(2)
        void startsFromNothing(StubControl stub) {
            assertThat(stub.messages()).isEmpty();
        }
    }

    @Test
    void resetsTheStubBeforeEachTest() {
        run(TwoTests.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    // --- lifecycle: one stub per JVM, or one per class ---

    @SmskitStub
    static class SharedOne {
        @Test
        void runs(URI baseUrl) {
            seen.add(baseUrl);
        }
    }

    @SmskitStub
    static class SharedTwo {
        @Test
        void runs(URI baseUrl) {
            seen.add(baseUrl);
        }
    }

    @SmskitStub(perClass = true)
    static class OwnStub {
        @Test
        void runs(URI baseUrl) {
            seen.add(baseUrl);
        }
    }

    @Test
    void sharesOneStubAcrossClassesAndStopsItAtTheEnd() {
        run(SharedOne.class, OwnStub.class, SharedTwo.class).testEvents().assertStatistics(stats -> stats.succeeded(3));

        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).isEqualTo(seen.get(2));
        assertThat(seen.get(1)).isNotEqualTo(seen.get(0));
        for (URI stopped : seen) {
            Ip1V1 client = Ip1V1.builder().baseUrl(stopped.toString()).accountId("ip1-12345").apiKey("test-key").build();
            assertThatThrownBy(() -> client.getSentSms(1)).as("the stub at %s has stopped", stopped)
                    .isInstanceOf(NetworkException.class);
        }
    }

    // --- settings by builder: accounts, users, real delivery timing ---

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Configured {

        @RegisterExtension
        static SmskitStubExtension stub = SmskitStubExtension.builder()
                .perClass()
                .ip1Account("ip1-777", "key-777", "token-777")
                .smsendUser("shop", "secret")
                .delivery(DeliveryTiming.REAL)
                .property("smskit.stub.ip1.delivery.to-network", "1h")
                .jvmOption("-Xmx192m")
                .build();

        @Test
        void usesTheConfiguredAccountAndWaitsForSettle(Ip1V1 ip1, Smsend smsend) {
            ip1.sendSms(new OutgoingSMS().addNumbersItem("+46701234567").from("shop").message("Pending"));
            RecordedSms pending = stub.control().awaitMessage(SmsQuery.to("+46701234567"));
            assertThat(pending.account()).isEqualTo("ip1-777");
            assertThat(pending.step()).isEqualTo(DeliveryStep.GATEWAY);

            assertThat(stub.control().settle(DeliveryStep.NETWORK)).isEqualTo(1);
            assertThat(stub.control().messages(SmsQuery.to("+46701234567")).get(0).step()).isEqualTo(DeliveryStep.NETWORK);
            assertThat(stub.control().settle()).isEqualTo(1);
            assertThat(stub.control().awaitDelivered(SmsQuery.to("+46701234567"), Duration.ZERO).delivered()).isTrue();

            String order = smsend.sendSms(new SmsSendRequest().messageType(SmsMessageType.N).message("Hi")
                    .addRecipientItem("+393471234567")).getOrderId();
            RecordedSms failed = stub.control().failDelivery(
                    stub.control().awaitMessage(SmsQuery.to("+393471234567").api(Api.SMSEND)), "TIMEOUT");
            assertThat(failed.failed()).isTrue();
            assertThat(failed.code()).isEqualTo("TIMEOUT");
            assertThat(smsend.getSmsState(order).getRecipients()).singleElement()
                    .satisfies(recipient -> assertThat(recipient.getStatus()).hasToString("TIMEOUT"));
            assertThatThrownBy(() -> stub.control().failDelivery(failed, "KO")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HTTP 409");
        }
    }

    @Test
    void takesSettingsFromTheBuilder() {
        run(Configured.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    // --- a stub whose control API needs a token, and the delivery reports it posts ---

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ProtectedWithReports {

        @RegisterExtension
        static SmskitStubExtension stub = SmskitStubExtension.builder()
                .perClass()
                .property("smskit.stub.control.token", "s3cret")
                .build();

        static HttpServer receiver;

        @BeforeAll
        static void startReceiver() throws IOException {
            receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            receiver.createContext("/reports", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            receiver.start();
        }

        @AfterAll
        static void stopReceiver() {
            receiver.stop(0);
        }

        @Test
        @Order(1)
        void readsTheReportsPostedForABatch(Ip1V2 ip1, StubControl control, URI baseUrl) throws Exception {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/reports";
            ip1.createBatch(new BatchNew().sender("shop").addRecipientsItem("46701234567").body("Shipped")
                    .deliveryReportUrl(URI.create(url)));

            CallbackAttempt delivered = control.awaitCallbackAttempt(attempt -> attempt.getBody().contains("\"code\":201"));
            assertThat(delivered.getUrl()).isEqualTo(url);
            assertThat(delivered.getStatus()).isEqualTo(200);
            assertThat(delivered.getOutcome()).isEqualTo(CallbackAttempt.OutcomeEnum.DELIVERED);
            assertThat(control.callbackAttempts()).extracting(CallbackAttempt::getKind)
                    .containsOnly(CallbackAttempt.KindEnum.IP1_DELIVERY_REPORT);

            // the handle sent the token; a caller without it is turned away
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(baseUrl.resolve("/_stub/messages")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }

        @Test
        @Order(2)
        void startsTheNextTestWithNoAttempts(StubControl control) {
            assertThat(control.callbackAttempts()).isEmpty();
        }

        @Test
        @Order(3)
        void waitingForAReportThatNeverComesSaysWhatWasPosted(StubControl control) {
            control.awaitCallbackAttempt(attempt -> true, Duration.ofMillis(100));
        }
    }

    @Test
    void sendsTheControlTokenAndReadsDeliveryReports() {
        EngineExecutionResults results = run(ProtectedWithReports.class);
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("waitingForAReportThatNeverComesSaysWhatWasPosted"),
                finishedWithFailure(instanceOf(AssertionError.class), message(text -> text.matches(
                        "No matching callback attempt within 100 ms; the stub at http://127\\.0\\.0\\.1:\\d+ made no attempts")))));
    }

    // --- waiting: a clear failure when nothing comes ---

    @SmskitStub
    static class WaitsInVain {
        @Test
        void waitsForAMessageThatNeverComes(Ip1V1 ip1, StubControl stub) {
            ip1.sendSms(new OutgoingSMS().addNumbersItem("+46701234567").from("shop").message("Hello"));
            stub.awaitMessage(SmsQuery.to("+46709999999").text("Hello"), Duration.ofMillis(200));
        }
    }

    @Test
    void waitingTimesOutWithWhatTheStubHas() {
        run(WaitsInVain.class).testEvents().assertThatEvents().haveExactly(1, event(test("waitsForAMessageThatNeverComes"),
                finishedWithFailure(instanceOf(AssertionError.class), message(text -> text.matches(
                        "(?s)No message to \\+46709999999, text \"Hello\" within 200 ms; the stub at http://127\\.0\\.0\\.1:\\d+ has 1 message:\n"
                                + "  IP1_V1 ip1-12345 out shop -> \\+46701234567 \"Hello\" PHONE")))));
    }

    // --- a message that fails is told at once, not after the timeout ---

    @SmskitStub
    static class DeliveryFails {
        @Test
        void waitsForAMessageToAFailingNumber(Ip1V1 ip1, StubControl stub) {
            // README "Failed deliveries": the network fails this number with V2 code 500
            ip1.sendSms(new OutgoingSMS().addNumbersItem("+46701740605").from("shop").message("Hello"));
            assertThat(stub.awaitMessage(SmsQuery.to("+46701740605").step(DeliveryStep.FAILED)).code()).isEqualTo("500");
            stub.awaitDelivered(SmsQuery.to("+46701740605"), Duration.ofMinutes(5));
        }
    }

    @Test
    void awaitingADeliveryThatFailedFailsAtOnceWithTheCode() {
        long started = System.nanoTime();
        run(DeliveryFails.class).testEvents().assertThatEvents().haveExactly(1, event(test("waitsForAMessageToAFailingNumber"),
                finishedWithFailure(instanceOf(AssertionError.class), message(
                        "The message to +46701740605 failed instead of reaching the phone: IP1_V1 ip1-12345 out shop -> +46701740605 \"Hello\" FAILED 500"))));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the 5 minutes' timeout").isLessThan(Duration.ofMinutes(1));
    }

    // --- a stub that cannot start fails the class with its output ---

    static ServerSocket taken;

    static class PortTaken {

        @RegisterExtension
        static SmskitStubExtension stub = SmskitStubExtension.builder().port(taken.getLocalPort()).build();

        @Test
        void neverRuns() {
        }
    }

    @Test
    void failsTheClassWhenTheStubCannotStart() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            taken = socket;
            EngineExecutionResults results = run(PortTaken.class);
            results.testEvents().assertStatistics(stats -> stats.started(0));
            results.containerEvents().assertThatEvents().haveExactly(1, event(container(PortTaken.class),
                    finishedWithFailure(instanceOf(IllegalStateException.class), message(text ->
                            text.startsWith("the smskit stub did not start (exit code 1); its output:")
                                    && text.contains("Port " + socket.getLocalPort() + " was already in use")))));
        }
    }
}
