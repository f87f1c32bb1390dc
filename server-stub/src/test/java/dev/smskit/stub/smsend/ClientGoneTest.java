package dev.smskit.stub.smsend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A client that hangs up while its answer is written is no failure of the stub: smsend's catch-all
 * advice, like the global one, must not log it as an error with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClientGoneTest.HangUp.class)
@ExtendWith(OutputCaptureExtension.class)
class ClientGoneTest {

    @LocalServerPort
    int port;

    /** Fails as writing to a closed connection does; in the smsend package, so smsend's advice applies. */
    @RestController
    static class HangUp {
        @GetMapping("/API/v1.0/REST/_test/hang-up")
        String hangUp() throws AsyncRequestNotUsableException {
            throw new AsyncRequestNotUsableException("ServletResponse failed to flushBuffer: Broken pipe");
        }
    }

    @Test
    void aClosedConnectionIsNotLoggedAsAFailure(CapturedOutput log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String smsend = "http://localhost:" + port + "/API/v1.0/REST";
        String[] keys = http.send(HttpRequest.newBuilder(URI.create(smsend + "/token?username=test&password=test")).build(),
                HttpResponse.BodyHandlers.ofString()).body().split(";");

        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(smsend + "/_test/hang-up"))
                .header("user_key", keys[0]).header("Access_token", keys[1]).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(answer.statusCode()).isNotIn(401, 404);

        assertThat(log.getAll()).doesNotContain("smsend stub failed").doesNotContain("Unexpected failure")
                .doesNotContain("AsyncRequestNotUsableException");
    }
}
