package dev.smskit.stub.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import dev.smskit.stub.Chromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The stub's {@code /docs} as a person sees it, in Debian's headless Chromium: every page loads without console
 * errors, lists the seed operations, and "try it out" reaches the stub itself. Skipped only where no Chromium is
 * installed ({@code .ci/run} installs it).
 */
@EnabledIf(value = "chromiumInstalled",
        disabledReason = "no /usr/bin/chromium: apt-get install chromium chromium-driver")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // try it out creates a group: later test classes get a fresh stub
class DocsInBrowserTest {

    private static final Duration RENDERING = Duration.ofSeconds(30);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    static boolean chromiumInstalled() {
        return Chromium.installed();
    }

    private static ChromeDriver browser() {
        return chromium.browser();
    }

    @Test
    void indexLinksAPageForEverySpecAndEachRendersWithoutConsoleErrors() throws IOException {
        browser().get(url("/docs"));
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/docs/"));
        List<String> pages = browser().findElements(By.cssSelector("ul.apis > li > a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
        assertThat(pages).containsExactlyElementsOf(specNames().map(name -> name + ".html").toList());
        assertThat(consoleErrors()).isEmpty();
        screenshot("docs-index.png");

        for (String page : pages) {
            open("/docs/" + page);
            assertThat(operations()).as(page).isNotEmpty();
            assertThat(consoleErrors()).as(page).isEmpty();
        }
    }

    static Stream<Arguments> seedOperationsAndAuthentication() {
        return Stream.of(
                Arguments.of("ip1-v1.html", List.of("POST /api/groups", "POST /api/nkis/{nki}/users/send"),
                        List.of("basicAuth", "bearerAuth")),
                Arguments.of("ip1-v2.html", List.of("GET /v2/conversations/{participant}"), List.of("bearerAuth")),
                Arguments.of("smsend.html", List.of("POST /group", "PUT /group/{group_id}", "DELETE /group/{group_id}",
                        "GET /groups", "POST /group/{group_id}/contact/{contact_id}",
                        "DELETE /group/{group_id}/contact/{contact_id}"),
                        List.of("userKey", "sessionKey", "accessToken")));
    }

    @ParameterizedTest
    @MethodSource
    void seedOperationsAndAuthentication(String page, List<String> operations, List<String> securitySchemes) {
        open("/docs/" + page);
        assertThat(operations()).containsAll(operations);
        assertThat(browser().findElements(By.cssSelector("#authentication dt")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(securitySchemes);
        // "try it out" goes to the stub, whatever server the spec names
        assertThat(browser().findElements(By.cssSelector(".servers select option")))
                .extracting(server -> URI.create(server.getDomAttribute("value")).getAuthority())
                .containsOnly("localhost:" + port);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void tryItOutOfCreateGroupWithTheDefaultAccountAnswers200() throws IOException {
        open("/docs/ip1-v1.html");

        click(By.cssSelector(".auth-wrapper button.authorize"));
        WebElement basic =
                visible(By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'basicAuth')]]"));
        basic.findElement(By.cssSelector("input[type=text]")).sendKeys("ip1-12345");
        basic.findElement(By.cssSelector("input[type=password]")).sendKeys("test-key");
        basic.findElement(By.cssSelector("button.authorize")).click();
        click(By.cssSelector(".modal-ux button.btn-done"));

        click(By.cssSelector("#operations-Groups-createGroup .opblock-summary-control"));
        click(By.cssSelector("#operations-Groups-createGroup button.try-out__btn"));
        click(By.cssSelector("#operations-Groups-createGroup button.execute"));

        WebElement status = visible(By.cssSelector("#operations-Groups-createGroup .live-responses-table "
                + ".response .response-col_status"));
        browser().executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
        screenshot("docs-try-it-out.png");
        assertThat(browser().findElement(By.cssSelector("#operations-Groups-createGroup .request-url pre")).getText())
                .isEqualTo(url("/api/groups"));
        assertThat(status.getText()).isEqualTo("200");
        assertThat(browser().findElement(By.cssSelector("#operations-Groups-createGroup .live-responses-table "
                + ".response .response-col_description pre")).getText())
                .contains("\"OwnerID\": \"ip1-12345\"", "\"Name\": \"Customers\"");
        assertThat(consoleErrors()).isEmpty();
    }

    /** Opens a page and waits until Swagger UI has rendered its operations. */
    private void open(String path) {
        consoleErrors(); // those of the previous page are not this page's
        browser().get(url(path));
        new WebDriverWait(browser(), RENDERING)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(browser().findElements(By.cssSelector(".swagger-ui .errors-wrapper"))).isEmpty();
    }

    /** "METHOD /path" of every operation on the page. */
    private static List<String> operations() {
        return browser().findElements(By.cssSelector(".opblock")).stream()
                .map(operation -> operation.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
                        + operation.findElement(By.cssSelector(".opblock-summary-path")).getDomAttribute("data-path"))
                .toList();
    }

    private static void click(By element) {
        new WebDriverWait(browser(), RENDERING).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static WebElement visible(By element) {
        return new WebDriverWait(browser(), RENDERING).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static List<String> consoleErrors() {
        return chromium.consoleErrors();
    }

    private static void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }

    /** The specs the stub ships: each must have its page. */
    private static Stream<String> specNames() throws IOException {
        Resource[] specs = new PathMatchingResourcePatternResolver().getResources("classpath*:specs/*.yaml");
        return Arrays.stream(specs).map(Resource::getFilename).sorted().map(name -> name.replaceFirst("\\.yaml$", ""));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
