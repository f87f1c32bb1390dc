package dev.smskit.stub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import dev.smskit.stub.StubHttpTest;

class WorkerThreadsTest extends StubHttpTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void tomcatRunsTwoThreadsPerCoreAndAtLeastFour() {
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer()).getTomcat()
                .getConnector().getProtocolHandler();

        int expected = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        assertThat(protocol.getMaxThreads()).isEqualTo(expected);
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(expected);
    }

    @Test
    void manyMoreConnectionsThanThreadsAreAllAnswered() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest groups = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/groups"))
                .header(V1[0], V1[1]).build();

        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 64)
                .mapToObj(i -> http.sendAsync(groups, HttpResponse.BodyHandlers.ofString())).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
    }

    @Test
    void anExplicitMaximumIsLeftAsConfigured() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

        new WorkerThreads(new MockEnvironment().withProperty(WorkerThreads.MAX_THREADS, "50")).customize(factory);

        assertThat(factory.getConnectorCustomizers()).isEmpty();
    }
}
