package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import dev.smskit.stub.ip1.Ip1Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The startup line names the address and every credential the stub accepts. */
class StartupAnnouncementTest {

    @Test
    void namesTheAddressTheIp1AccountsAndTheSmsendUsers() {
        Ip1Properties ip1 = new Ip1Properties(List.of(new Ip1Properties.Account("ip1-1", "key-1", "token-1"),
                new Ip1Properties.Account("ip1-2", "key-2", "token-2")), null, BigDecimal.ONE);
        MockEnvironment environment = new MockEnvironment()
                .withProperty("smskit.stub.smsend.users[0].username", "alice")
                .withProperty("smskit.stub.smsend.users[0].password", "secret")
                .withProperty("smskit.stub.smsend.users[1].username", "bob")
                .withProperty("smskit.stub.smsend.users[1].password", "hunter2");

        String line = new StartupAnnouncement(ip1, environment).line("localhost", 18081);

        assertThat(line).startsWith("smskit stub listening on http://localhost:18081 ")
                .contains("ip1-1 key-1 token-1, ip1-2 key-2 token-2")
                .endsWith("smsend users (username/password): alice/secret, bob/hunter2")
                .doesNotContain("\n")
                .contains("control /_stub)");
    }

    @Test
    void saysWhenTheControlApiIsProtectedWithoutShowingTheToken() {
        Ip1Properties ip1 = new Ip1Properties(List.of(new Ip1Properties.Account("ip1-1", "key-1", "token-1")), null,
                BigDecimal.ONE);
        MockEnvironment environment = new MockEnvironment().withProperty("smskit.stub.control.token", "team-s3cret");

        String line = new StartupAnnouncement(ip1, environment).line("localhost", 18081);

        assertThat(line).contains("control /_stub protected by a Bearer token (smskit.stub.control.token))")
                .doesNotContain("team-s3cret");
    }
}
