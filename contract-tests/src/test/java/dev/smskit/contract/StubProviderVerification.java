package dev.smskit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.spring.junit5.PactVerificationSpringProvider;
import dev.smskit.stub.StubServerApplication;
import dev.smskit.stub.StubState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * Replays every interaction of one provider's pact against the real stub on a random port, each after
 * wiping the stub's stores and running the provider state the interaction names. Every answer the
 * stub gives meanwhile is also validated against the spec ({@link StubAnswers}).
 *
 * <p>Subclasses carry {@code @Provider} and {@code @PactFolder}: Pact reads an inherited {@code @PactFolder}
 * once per class of the hierarchy and would replay every interaction twice.
 */
@SpringBootTest(classes = StubServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StubAnswers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StubProviderVerification {

    @LocalServerPort
    int port;

    @Autowired
    StubAnswers answers;

    @Autowired
    List<StubState> stores;

    /** The provider ITs share one Spring context, so one {@link StubAnswers}: count from where this class starts. */
    private int validatedBefore;

    @BeforeEach
    void replayAgainstTheStub(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", port));
        stores.forEach(StubState::reset);
    }

    @TestTemplate
    @ExtendWith(PactVerificationSpringProvider.class)
    void interaction(PactVerificationContext context) {
        context.verifyInteraction();

        assertThat(answers.drainFailures()).as("stub answers that break the spec").isEmpty();
    }

    @BeforeAll
    void countFromHere() {
        validatedBefore = answers.validated();
    }

    @AfterAll
    void report() {
        System.out.printf("%s: %d stub answers validated against the spec%n", getClass().getSimpleName(),
                answers.validated() - validatedBefore);
    }

    /** Leaves the IP1 account ip1-12345 without credits, through the control API. */
    void noCredits() {
        stub().put().uri("/_stub/ip1/accounts/ip1-12345/credits").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("balance", 0)).retrieve().toBodilessEntity();
    }

    /** The stub's public API, for provider states that set data up the way a client would. */
    RestClient stub() {
        return RestClient.create("http://localhost:" + port);
    }
}
