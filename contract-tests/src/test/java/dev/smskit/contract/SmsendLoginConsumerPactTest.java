package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.interaction;
import static dev.smskit.contract.ConsumerPacts.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.common.AuthenticationException;
import dev.smskit.smsend.Smsend;
import org.junit.jupiter.api.Test;

/** smsend logins ({@code GET /login} for a session key, {@code GET /token} for an access token). */
class SmsendLoginConsumerPactTest extends SmsendConsumerPact {

    // ---- GET /login and GET /token

    @Pact(consumer = Api.CONSUMER)
    V4Pact login(PactBuilder builder) {
        return expectLogin(builder).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "login")
    void login(MockServer server) {
        assertThat(smsend(server, "test", "test").authentication().login("test", "test")).matches("[^;]+;[^;]+");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact loginWrongPassword(PactBuilder builder) {
        return interaction(builder, "log in with a wrong password",
                request -> request.method("GET").path(BASE + "/login").queryParameter("username", "test").queryParameter("password", "wrong"),
                response -> error(response, 404, "Credentials are incorrect"));
    }

    @Test
    @PactTestFor(pactMethod = "loginWrongPassword")
    void loginWrongPassword(MockServer server) {
        // the client logs in on its first call, which never goes out
        assertThatExceptionOfType(AuthenticationException.class)
                .isThrownBy(() -> smsend(server, "test", "wrong").createGroup(groupRequest("VIP customers")))
                .satisfies(e -> assertThat(e.getError(String.class)).isNotEmpty());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact loginWithoutPassword(PactBuilder builder) {
        return interaction(builder, "log in without a password",
                request -> request.method("GET").path(BASE + "/login").queryParameter("username", "test"),
                response -> error(response, 400, "Missing parameter: password"));
    }

    @Test
    @PactTestFor(pactMethod = "loginWithoutPassword")
    void loginWithoutPassword(MockServer server) {
        assertInvalid(() -> smsend(server, "test", "test").authentication().login("test", null));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact token(PactBuilder builder) {
        return interaction(builder, "log in for an access token",
                request -> request.method("GET").path(BASE + "/token").queryParameter("username", "test").queryParameter("password", "test"),
                response -> text(response.status(200), "[^;]+;[^;]+", USER_KEY + ";" + ACCESS_TOKEN));
    }

    @Test
    @PactTestFor(pactMethod = "token")
    void token(MockServer server) {
        assertThat(smsend(server, "test", "test").authentication().token("test", "test")).matches("[^;]+;[^;]+");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact tokenWrongPassword(PactBuilder builder) {
        return interaction(builder, "log in for an access token with a wrong password",
                request -> request.method("GET").path(BASE + "/token").queryParameter("username", "test").queryParameter("password", "wrong"),
                response -> error(response, 404, "Credentials are incorrect"));
    }

    @Test
    @PactTestFor(pactMethod = "tokenWrongPassword")
    void tokenWrongPassword(MockServer server) {
        Smsend smsend = Smsend.builder().baseUrl(server.getUrl() + BASE).username("test").password("wrong").tokenLogin(true).build();

        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> smsend.createGroup(groupRequest("VIP customers")))
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(404));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact tokenWithoutPassword(PactBuilder builder) {
        return interaction(builder, "log in for an access token without a password",
                request -> request.method("GET").path(BASE + "/token").queryParameter("username", "test"),
                response -> error(response, 400, "Missing parameter: password"));
    }

    @Test
    @PactTestFor(pactMethod = "tokenWithoutPassword")
    void tokenWithoutPassword(MockServer server) {
        assertInvalid(() -> smsend(server, "test", "test").authentication().token("test", null));
    }
}
