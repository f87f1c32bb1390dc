package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.web.ErrorShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real stub's simulated APIs, one {@link StubState} bean each, and the startup line built from them. */
class StubStatesTest extends StubHttpTest {

    @Autowired
    StartupAnnouncement announcement;

    @Test
    void namesTheIp1AccountsAndTheSmsendUsersAsConfigured() {
        assertThat(announcement.line("localhost", 8080)).isEqualTo("smskit stub listening on http://localhost:8080 "
                + "(IP1 V1 /api, IP1 V2 /v2, smsend /API/v1.0/REST, control /_stub); inbox http://localhost:8080/_stub/inbox/; "
                + "IP1 accounts (id, V1 Basic API key, Bearer token): ip1-12345 test-key test-token, "
                + "ip1-54321 test-key-2 test-token-2; smsend users (username/password): test/test, test2/test2");
    }

    @Test
    void ip1AndSmsendAreTheBeansInThatOrderAndTheirErrorShapesAreTheOnesTheirPathsGet() {
        assertThat(states).extracting(StubState::name).containsExactly("ip1", "smsend");
        states.stream().flatMap(state -> state.surfaces().stream()).forEach(surface -> {
            assertThat(ErrorShape.of(surface.basePath() + "/anything")).as(surface.title()).isEqualTo(surface.errorShape());
            assertThat(ErrorShape.of(surface.basePath())).as(surface.title()).isEqualTo(surface.errorShape());
        });
        assertThat(states.get(0).inbox()).as("IP1 accounts receive SMSs").isPresent();
        assertThat(states.get(1).inbox()).isEmpty();
    }
}
