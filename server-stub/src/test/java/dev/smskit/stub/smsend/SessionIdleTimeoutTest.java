package dev.smskit.stub.smsend;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "smskit.stub.smsend.session-idle-timeout=30s")
class SessionIdleTimeoutTest extends SmsendHttpTest {

    @Test
    void theIdleTimeoutIsConfigurable() {
        clock.add(Duration.ofSeconds(29));
        assertThat(smsend.get("/groups", test).statusCode()).isEqualTo(200);

        clock.add(Duration.ofSeconds(30));
        assertError(smsend.get("/groups", test), 401, "User_key, Token or Session_key are invalid or not provided");
    }
}
