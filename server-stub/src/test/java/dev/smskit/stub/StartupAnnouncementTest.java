package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.RecordedSms;
import dev.smskit.stub.web.ErrorShape;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The startup line names the address, where each simulated API lives and every credential it accepts. */
class StartupAnnouncementTest {

    /** A simulated API that only has a place and credentials. */
    private record Simulated(List<Surface> surfaces, String credentials) implements StubState {

        @Override
        public String name() {
            return "simulated";
        }

        @Override
        public void reset() {
        }

        @Override
        public int settle(DeliveryStep until) {
            return 0;
        }

        @Override
        public List<RecordedSms> messages() {
            return List.of();
        }
    }

    private static final List<StubState> APIS = List.of(
            new Simulated(List.of(new StubState.Surface("A V1", "/a", ErrorShape.IP1_V1),
                    new StubState.Surface("A V2", "/a2", ErrorShape.IP1_V2)), "A accounts: a-1, a-2"),
            new Simulated(List.of(new StubState.Surface("B", "/b/REST", ErrorShape.SMSEND)), "B users: bob/hunter2"));

    @Test
    void namesTheAddressAndEachApisPlacesAndCredentialsInTheirOrder() {
        String line = new StartupAnnouncement(APIS, new MockEnvironment()).line("localhost", 18081);

        assertThat(line).isEqualTo("smskit stub listening on http://localhost:18081 (A V1 /a, A V2 /a2, B /b/REST, "
                + "control /_stub); inbox http://localhost:18081/_stub/inbox/; A accounts: a-1, a-2; B users: bob/hunter2");
    }

    @Test
    void saysWhenTheControlApiIsProtectedWithoutShowingTheToken() {
        MockEnvironment environment = new MockEnvironment().withProperty("smskit.stub.control.token", "team-s3cret");

        String line = new StartupAnnouncement(APIS, environment).line("localhost", 18081);

        assertThat(line).contains("control /_stub protected by a Bearer token (smskit.stub.control.token))")
                .doesNotContain("team-s3cret");
    }
}
