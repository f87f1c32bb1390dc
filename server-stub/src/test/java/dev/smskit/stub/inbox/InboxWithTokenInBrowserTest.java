package dev.smskit.stub.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.smskit.stub.Chromium;
import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/** The inbox page of a shared stub, whose control API needs a token ({@code smskit.stub.control.token}). */
@EnabledIf(value = "chromiumInstalled",
        disabledReason = "no /usr/bin/chromium: apt-get install chromium chromium-driver")
@TestPropertySource(properties = "smskit.stub.control.token=team-s3cret") // as ControlTokenTest: one context
class InboxWithTokenInBrowserTest extends StubHttpTest {

    private static final Duration LOADING = Duration.ofSeconds(20);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static boolean chromiumInstalled() {
        return Chromium.installed();
    }

    @Test
    void thePageAsksForTheTokenOnceAndThenWorksLive() {
        ok(json("POST", "/api/nkis/1/users/send", nki("Before the token", "+46701234567"), V1));
        chromium.consoleErrors();
        chromium.browser().get("http://localhost:" + port + "/_stub/inbox/?account=ip1/" + ACCOUNT);

        new WebDriverWait(chromium.browser(), LOADING).until(page -> page.findElement(By.id("token-form")).isDisplayed());
        chromium.browser().findElement(By.id("token")).sendKeys("team-s3cret");
        chromium.browser().findElement(By.cssSelector("#token-form button")).click();

        InboxInBrowserTest.awaitListed(chromium.browser());
        assertThat(chromium.browser().findElement(By.cssSelector("#messages td.text")).getText()).isEqualTo("Before the token");
        ok(json("POST", "/api/nkis/1/users/send", nki("After the token", "+46701234567"), V1));
        new WebDriverWait(chromium.browser(), Duration.ofSeconds(2)).until(page -> String.valueOf(
                chromium.browser().executeScript("return document.getElementById('messages').textContent")).contains("After the token"));

        // kept for the tab: a reload does not ask again
        chromium.browser().navigate().refresh();
        InboxInBrowserTest.awaitListed(chromium.browser());
        assertThat(chromium.browser().findElement(By.id("token-form")).isDisplayed()).isFalse();
        // the 401s before the token was given are the chromium.browser()'s own network errors; nothing after
        assertThat(chromium.consoleErrors()).allMatch(error -> error.contains("401"));
    }
}
