package dev.smskit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Logger;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/** At the most verbose level the log shows calls, not credentials. */
class RedactingLoggerTest {

    /** An SLF4J logger at DEBUG that keeps what it was given. */
    static final class Recording extends LegacyAbstractLogger {
        final List<String> lines = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String msg, Object[] args, Throwable t) {
            lines.add(msg);
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }

    private static Request request(String url, Map<String, Collection<String>> headers) {
        return Request.create(Request.HttpMethod.GET, url, headers, null, StandardCharsets.UTF_8, null);
    }

    @Test
    void secretHeadersAndPasswordsStayOutOfTheLog() {
        Recording log = new Recording();
        Request call = request("https://app.gateway.smsend.it/API/v1.0/REST/groups?pageNumber=1", Map.of(
                "user_key", List.of("USR1"), "Session_key", List.of("SES-secret"),
                "Access_token", List.of("TOK-secret"), "Authorization", List.of("Basic c2VjcmV0")));

        new RedactingLogger(log).logRequest("ContactsGroupsApi#listGroups(Integer,Integer)", Logger.Level.FULL, call);

        assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("GET https://app.gateway.smsend.it/API/v1.0/REST/groups?pageNumber=1"));
        assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("user_key: USR1"));
        assertThat(String.join("\n", log.lines)).doesNotContain("SES-secret", "TOK-secret", "c2VjcmV0");
    }

    @Test
    void aLoginIsLoggedWithoutPasswordAndWithoutTheKeysItAnswers() throws Exception {
        Recording log = new Recording();
        RedactingLogger logger = new RedactingLogger(log);
        Request login = request("https://app.gateway.smsend.it/API/v1.0/REST/login?username=mario&password=hunter2", Map.of());
        Response answer = Response.builder().status(200).reason("OK").request(login)
                .headers(Map.of("Content-Type", List.of("text/plain")))
                .body("USR3a9f2c;SESKb71e0d44a2", StandardCharsets.UTF_8).build();

        logger.logRequest("AuthenticationApi#login(String,String)", Logger.Level.FULL, login);
        Response passedOn = logger.logAndRebufferResponse("AuthenticationApi#login(String,String)", Logger.Level.FULL, answer, 12);

        String logged = String.join("\n", log.lines);
        assertThat(logged).contains("login?username=mario&password=***").doesNotContain("hunter2", "SESKb71e0d44a2");
        assertThat(new String(passedOn.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .as("the caller still gets the body").isEqualTo("USR3a9f2c;SESKb71e0d44a2");
    }
}
