package dev.smskit.stub.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** What the stub answers at {@code /docs} over plain HTTP (the browser's view is {@link DocsInBrowserTest}). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocsServedTest {

    private final HttpClient http = HttpClient.newHttpClient(); // follows no redirect

    @LocalServerPort
    int port;

    @Test
    void docsWithoutSlashRedirectsToTheIndexSoThatRelativeLinksResolve() throws Exception {
        HttpResponse<String> response = get("/docs");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/docs/"));
    }

    @Test
    void indexIsTheStubsCopyAndLinksEveryApi() throws Exception {
        HttpResponse<String> response = get("/docs/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("data-try-it-out=\"this-server\"",
                "href=\"ip1-v1.html\"", "href=\"ip1-v2.html\"", "href=\"smsend.html\"");
    }

    @Test
    void apiPageInlinesItsSpecAndLoadsSwaggerUiFromTheStub() throws Exception {
        HttpResponse<String> page = get("/docs/smsend.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script id=\"spec\" type=\"application/json\">{\"openapi\":\"3.0.3\"",
                "<script src=\"swagger-ui/swagger-ui-bundle.js\"></script>");
        assertThat(get("/docs/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(get("/docs/swagger-ui/swagger-ui.css").statusCode()).isEqualTo(200);
        assertThat(get("/docs/docs.js").statusCode()).isEqualTo(200);
    }

    @Test
    void specsCanBeDownloadedAsYaml() throws Exception {
        HttpResponse<String> response = get("/docs/ip1-v2.yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml");
        assertThat(response.body()).isEqualTo(
                new ClassPathResource("specs/ip1-v2.yaml").getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownDocsPageIsNotFound() throws Exception {
        assertThat(get("/docs/no-such-api.html").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
