package dev.smskit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.provider.HttpClientFactory;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationFailureType;
import au.com.dius.pact.provider.VerificationResult;
import dev.smskit.stub.StubServerApplication;
import dev.smskit.stub.StubState;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Provider verification bites: an interaction that the stub passes fails as soon as one detail of the
 * stub's answer changes (status, field name, field type, media type, body text), which an
 * {@link AlteredStub} in front of the real stub does on purpose.
 */
@SpringBootTest(classes = StubServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderDriftIT {

    @LocalServerPort
    int port;

    @Autowired
    List<StubState> stores;

    record Drift(Api api, String interaction, UnaryOperator<AlteredStub.Answer> alteration, String expected) {
    }

    static Stream<Arguments> drifts() {
        return Stream.of(
                drift("a V1 create answering 201 instead of the documented 200", Api.IP1_V1, "create a group",
                        a -> a.withStatus(201), "expected status of 200 but was 201"),
                drift("a PascalCase field turned camelCase", Api.IP1_V1, "create a group",
                        a -> a.withBody(b -> b.replace("\"Name\"", "\"name\"")), "Name"),
                drift("an integer id sent as a string", Api.IP1_V1, "create a group",
                        a -> a.withBody(b -> b.replaceFirst("\"ID\":(\\d+)", "\"ID\":\"$1\"")), "ID"),
                drift("a V2 problem answered as plain JSON", Api.IP1_V2, "read a conversation with a wrong token",
                        a -> a.withHeader("Content-Type", "application/json"), "problem+json"),
                drift("an smsend login answer without its semicolon", Api.SMSEND, "log in for a session key",
                        a -> a.withBody(b -> b.replace(';', ':')), "body"),
                drift("wrong credentials answered 401 instead of smsend's 404", Api.SMSEND, "log in with a wrong password",
                        a -> a.withStatus(401), "expected status of 404 but was 401"));
    }

    @BeforeEach
    void wipeTheStub() {
        stores.forEach(StubState::reset);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void driftedStubAnswerFailsVerification(Drift drift) throws IOException {
        SynchronousRequestResponse interaction = Pacts.interactions(drift.api()).stream()
                .filter(i -> i.getDescription().equals(drift.interaction())).findFirst().orElseThrow();
        assertThat(verify(drift.api(), interaction, port)).as("the stub as it is").isInstanceOf(VerificationResult.Ok.class);

        try (AlteredStub altered = new AlteredStub(port, drift.alteration())) {
            VerificationResult result = verify(drift.api(), interaction, altered.port());

            assertThat(result).isInstanceOfSatisfying(VerificationResult.Failed.class,
                    failed -> assertThat(failed.getFailures().values()).flatMap(failures -> failures)
                            .map(VerificationFailureType::description)
                            .anySatisfy(description -> assertThat(description).contains(drift.expected())));
        }
    }

    private static VerificationResult verify(Api api, SynchronousRequestResponse interaction, int port) {
        ProviderInfo provider = new ProviderInfo(api.provider, "http", "localhost", port, "/");
        ProviderVerifier verifier = new ProviderVerifier();
        // no console report: the failures provoked here are asserted, not news for the build log
        verifier.setReporters(List.of());
        return verifier.verifyResponseFromProvider(provider, interaction, interaction.getDescription(),
                new HashMap<>(), new ProviderClient(provider, new HttpClientFactory()));
    }

    private static Arguments drift(String name, Api api, String interaction, UnaryOperator<AlteredStub.Answer> alteration,
            String expected) {
        return Arguments.of(Named.of(name, new Drift(api, interaction, alteration, expected)));
    }
}
