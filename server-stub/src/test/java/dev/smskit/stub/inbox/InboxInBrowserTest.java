package dev.smskit.stub.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.smskit.stub.Chromium;
import dev.smskit.stub.StubHttpTest;
import dev.smskit.stub.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox page ({@code /_stub/inbox/}) as a person uses it, in Debian's headless Chromium: live updates,
 * search and filters, a message's detail, its actions, and one account at a time. The stub's clock stands
 * still ({@link TestClock}): statuses move only when a test (or the page) settles them.
 */
@EnabledIf(value = "chromiumInstalled",
        disabledReason = "no /usr/bin/chromium: apt-get install chromium chromium-driver")
class InboxInBrowserTest extends StubHttpTest {

    // what the issue asks of "live": a new message shows within 2 s, without reloading the page
    private static final Duration LIVE = Duration.ofSeconds(2);
    private static final Duration LOADING = Duration.ofSeconds(20);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static boolean chromiumInstalled() {
        return Chromium.installed();
    }

    private static ChromeDriver browser() {
        return chromium.browser();
    }

    @Test
    void loadsWithoutConsoleErrorsAndOffersEveryAccountOfEveryApi() throws IOException {
        open("ip1", ACCOUNT);

        assertThat(new Select(browser().findElement(By.id("account"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("ip1 · ip1-12345", "ip1 · ip1-54321", "smsend · test", "smsend · test2");
        assertThat(browser().findElement(By.id("total")).getText()).isEqualTo("0 messages");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"IP1 V1", "IP1 V2", "smsend"})
    void aMessageSentThroughEachApiAppearsWithoutReloadingAndItsStatusMovesOnLive(String api) {
        boolean smsend = api.equals("smsend");
        open(smsend ? "smsend" : "ip1", smsend ? "test" : ACCOUNT);
        browser().executeScript("window.smskitSamePage = true");

        String text = "Sent through " + api;
        switch (api) {
            case "IP1 V1" -> ok(json("POST", "/api/nkis/1/users/send", nki(text, "+46701234567"), V1));
            case "IP1 V2" -> sendV2(text, "46701234567");
            default -> sendSmsend("test", text, "+393471234567");
        }

        new WebDriverWait(browser(), LIVE).until(page -> texts().contains(text));
        assertThat(statuses()).containsExactly(smsend ? "ACCEPTED (WAITING)" : "ACCEPTED (V1 0, V2 101)");

        ok(json("POST", "/_stub/deliveries/settle?until=NETWORK", ""));

        new WebDriverWait(browser(), LIVE).until(page -> statuses().equals(
                List.of(smsend ? "NETWORK (SENT)" : "NETWORK (V1 21, V2 102)")));
        assertThat(browser().executeScript("return window.smskitSamePage")).isEqualTo(true);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void searchAndFiltersNarrowTheList() {
        ok(json("POST", "/api/nkis/1/users/send", nki("Your parcel is on its way", "+46701234567"), V1));
        clock.setInstant(TestClock.START.plus(Duration.ofHours(1)));
        sendV2("Your table is booked", "46709876543");
        assertThat(json("POST", "/_stub/ip1/incoming", "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+46705550000\",\"message\":\"Thanks!\"}").status()).isEqualTo(201);
        open("ip1", ACCOUNT);
        assertThat(texts()).containsExactly("Thanks!", "Your table is booked", "Your parcel is on its way");

        browser().findElement(By.id("search")).sendKeys("+46 70 987");
        waitFor(() -> texts().equals(List.of("Your table is booked")));
        browser().findElement(By.id("search")).clear();
        browser().findElement(By.id("search")).sendKeys("PARCEL");
        waitFor(() -> texts().equals(List.of("Your parcel is on its way")));
        setValue("search", "");

        new Select(browser().findElement(By.id("direction"))).selectByVisibleText("received");
        waitFor(() -> texts().equals(List.of("Thanks!")));
        new Select(browser().findElement(By.id("direction"))).selectByVisibleText("sent and received");

        // an hour on, the first message has reached the phone
        new Select(browser().findElement(By.id("step"))).selectByVisibleText("accepted");
        waitFor(() -> texts().equals(List.of("Your table is booked")));
        new Select(browser().findElement(By.id("step"))).selectByVisibleText("delivered");
        waitFor(() -> texts().equals(List.of("Thanks!", "Your parcel is on its way")));
        new Select(browser().findElement(By.id("step"))).selectByVisibleText("any status");

        setLocalTime("since", TestClock.START.plus(Duration.ofMinutes(30)));
        waitFor(() -> texts().equals(List.of("Thanks!", "Your table is booked")));
        setLocalTime("until", TestClock.START.plus(Duration.ofMinutes(31)));
        waitFor(() -> texts().isEmpty());
        assertThat(browser().findElement(By.id("total")).getText()).isEqualTo("0 messages");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void theDetailOfAUcs2TextShowsItsSegmentsEncodingAndTheCharacterThatForcedUcs2() throws IOException {
        ok(json("POST", "/api/nkis/1/users/send", nki("Your parcel is on its way: track it at https://t.example/1 [ref €12]",
                "+46701234567"), V1));
        assertThat(json("POST", "/_stub/ip1/incoming", "{\"account\":\"" + ACCOUNT
                + "\",\"from\":\"+46701234567\",\"message\":\"Can you come after 12?\"}").status()).isEqualTo(201);
        String text = "Grüße aus Köln 😀 Ihr Paket kommt morgen zwischen 9 und 12 Uhr, bitte seien Sie zu Hause.";
        sendV2(text, "46701234567");
        ok(json("POST", "/_stub/deliveries/settle", ""));
        open("ip1", ACCOUNT);

        browser().findElement(By.cssSelector("#messages tr.message")).click();
        waitFor(() -> browser().findElement(By.id("detail")).isDisplayed());

        assertThat(browser().findElement(By.id("through")).getText()).isEqualTo("through IP1 V2");
        assertThat(browser().findElement(By.id("encoding")).getText()).isEqualTo("UCS-2");
        assertThat(browser().findElement(By.id("segments")).getText()).isEqualTo("2");
        List<WebElement> parts = browser().findElements(By.cssSelector("#parts li.part"));
        assertThat(parts).extracting(part -> part.findElement(By.className("units")).getText())
                .containsExactly("67 units", (text.length() - 67) + " units");
        // 67 UTF-16 units: the emoji is one character of two units
        assertThat(parts).extracting(part -> part.findElement(By.className("chars")).getText())
                .containsExactly(text.substring(0, 67), text.substring(67));
        assertThat(browser().findElements(By.cssSelector("#parts .UCS2"))).extracting(WebElement::getText)
                .containsExactly("😀");
        assertThat(browser().findElements(By.cssSelector("#timeline li .status"))).extracting(WebElement::getText)
                .containsExactly("ACCEPTED", "NETWORK", "PHONE");
        browser().manage().window().setSize(new Dimension(1400, 760));
        chromium.screenshot("inbox-detail.png"); // docs/inbox.png in the README
        browser().manage().window().setSize(new Dimension(1280, 1600));
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void replyAsThePhoneIsAnIncomingMessageOfTheV2Conversation() {
        sendV2("How happy are you with your delivery?", "46701234567");
        open("ip1", ACCOUNT);
        browser().findElement(By.cssSelector("#messages tr.message")).click();
        waitFor(() -> browser().findElement(By.id("detail")).isDisplayed());

        browser().findElement(By.id("reply-text")).sendKeys("Very happy, thanks!");
        browser().findElement(By.id("reply")).click();

        new WebDriverWait(browser(), LIVE).until(page -> texts().contains("Very happy, thanks!"));
        JsonNode conversation = ok(get("/v2/conversations/46701234567", V2));
        assertThat(conversation.valueStream()
                .map(message -> message.get("direction").asInt() + " " + message.get("body").asString()))
                .containsExactly("0 How happy are you with your delivery?", "1 Very happy, thanks!");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void deliverNowMovesOnTheOneMessageOnly() {
        ok(json("POST", "/api/nkis/1/users/send", nki("First", "+46701234567"), V1));
        ok(json("POST", "/api/nkis/1/users/send", nki("Second", "+46701234568"), V1));
        open("ip1", ACCOUNT);
        browser().findElement(By.cssSelector("#messages tr.message[data-key]")).click(); // the newest: Second
        waitFor(() -> browser().findElement(By.id("detail")).isDisplayed());

        browser().findElement(By.id("deliver")).click();

        waitFor(() -> browser().findElement(By.id("detail-status")).getText().equals("PHONE (V1 22, V2 201)"));
        assertThat(statuses()).containsExactly("PHONE (V1 22, V2 201)", "ACCEPTED (V1 0, V2 101)");
        assertThat(ok(get("/api/sms/sent/2", V1)).get("Status").asInt()).isEqualTo(22);
        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ip1", "smsend"})
    void makeItFailChangesTheStatusTheApisStatusReadAnswers(String api) {
        boolean smsend = api.equals("smsend");
        String[] keys = null;
        if (smsend) {
            keys = smsendKeys("test");
            Answer answer = json("POST", "/API/v1.0/REST/sms", "{\"message_type\":\"N\",\"message\":\"Hi\","
                    + "\"recipient\":[\"+393471234567\"],\"order_id\":\"order-1\"}", keys);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        } else {
            ok(json("POST", "/api/nkis/1/users/send", nki("Hi", "+46701234567"), V1));
        }
        open(api, smsend ? "test" : ACCOUNT);
        waitFor(() -> texts().equals(List.of("Hi")));
        browser().findElement(By.cssSelector("#messages tr.message")).click();
        waitFor(() -> browser().findElement(By.id("detail")).isDisplayed());

        new Select(browser().findElement(By.id("fail-code"))).selectByValue(smsend ? "TIMEOUT" : "404");
        browser().findElement(By.id("fail")).click();

        String failed = smsend ? "FAILED (TIMEOUT)" : "FAILED (V1 42, V2 404)";
        waitFor(() -> browser().findElement(By.id("detail-status")).getText().equals(failed));
        assertThat(statuses()).containsExactly(failed);
        waitFor(() -> browser().findElements(By.cssSelector("#timeline li .status")).stream().map(WebElement::getText)
                .toList().contains(smsend ? "FAILED TIMEOUT" : "FAILED 404"));
        if (smsend) {
            assertThat(ok(get("/API/v1.0/REST/sms/order-1", keys)).get("recipients").get(0).get("status").asString())
                    .isEqualTo("TIMEOUT");
        } else {
            assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isEqualTo(42);
        }
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void theCallsAFaultRuleChangedShowForTheirAccountLive() {
        Answer rule = json("POST", "/_stub/faults", "{\"match\":{\"method\":\"GET\",\"path\":\"/api/groups\"},"
                + "\"effect\":\"ERROR\",\"status\":503}");
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        assertThat(get("/api/groups", V1).status()).isEqualTo(503);
        // another account's calls are its own
        assertThat(get("/api/groups", V1_OTHER).status()).isEqualTo(503);
        open("ip1", ACCOUNT);
        waitFor(() -> browser().findElement(By.id("faults-toggle")).getText().equals("faults (1)"));

        browser().findElement(By.id("faults-toggle")).click();
        assertThat(shown("#faults tr.fault td.call")).containsExactly("GET /api/groups");
        assertThat(shown("#faults tr.fault td.effect")).containsExactly("ERROR 503");
        // a fault that records no message still shows without a reload, newest first
        clock.setInstant(TestClock.START.plus(Duration.ofMinutes(1)));
        assertThat(get("/api/groups", V1).status()).isEqualTo(503);
        new WebDriverWait(browser(), LIVE).until(page -> shown("#faults tr.fault").size() == 2);
        assertThat(browser().findElement(By.id("faults-toggle")).getText()).isEqualTo("faults (2)");
        assertThat(shown("#faults tr.fault td.time")).doesNotHaveDuplicates();
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void oneAccountNeverSeesAnothersMessages() {
        ok(json("POST", "/api/nkis/1/users/send", nki("For the other account", "+46701234567"), V1_OTHER));
        sendSmsend("test", "For the smsend user", "+393471234567");
        open("ip1", ACCOUNT);
        assertThat(texts()).isEmpty();

        // while the page is open: the other account's message comes first, this account's next
        ok(json("POST", "/api/nkis/1/users/send", nki("Another for the other account", "+46701234567"), V1_OTHER));
        ok(json("POST", "/api/nkis/1/users/send", nki("Mine", "+46701234567"), V1));

        new WebDriverWait(browser(), LIVE).until(page -> texts().contains("Mine"));
        assertThat(texts()).containsExactly("Mine");

        new Select(browser().findElement(By.id("account"))).selectByVisibleText("ip1 · ip1-54321");
        waitFor(() -> texts().equals(List.of("Another for the other account", "For the other account")));
        new Select(browser().findElement(By.id("account"))).selectByVisibleText("smsend · test");
        waitFor(() -> texts().equals(List.of("For the smsend user")));
    }

    @Test
    void resetAccountForgetsThatAccountOnly() {
        ok(json("POST", "/api/nkis/1/users/send", nki("Mine", "+46701234567"), V1));
        ok(json("POST", "/api/nkis/1/users/send", nki("Theirs", "+46701234567"), V1_OTHER));
        open("ip1", ACCOUNT);

        browser().findElement(By.id("reset-account")).click();
        new WebDriverWait(browser(), LOADING).until(ExpectedConditions.alertIsPresent()).accept();

        waitFor(() -> texts().isEmpty());
        assertThat(ok(get("/api/sms/sent", V1))).isEmpty();
        assertThat(ok(get("/api/sms/sent", V1_OTHER))).hasSize(1);
    }

    private void open(String api, String account) {
        chromium.consoleErrors(); // those of the previous page are not this page's
        browser().get("http://localhost:" + port + "/_stub/inbox/?account=" + api + "/" + account);
        awaitListed(browser());
    }

    /**
     * Waits until the stream is open (anything recorded from now on is pushed) and the first page is
     * listed: the page asks for both at once, and either may come first.
     */
    static void awaitListed(WebDriver browser) {
        new WebDriverWait(browser, LOADING).until(page -> page.findElement(By.id("live")).getText().equals("live")
                && "false".equals(page.findElement(By.id("list")).getDomAttribute("aria-busy")));
    }

    private void sendV2(String text, String recipient) {
        Answer answer = json("POST", "/v2/batches", "{\"sender\":\"ip1sms\",\"recipients\":[\"" + recipient
                + "\"],\"body\":" + JsonMapper.shared().writeValueAsString(text) + "}", V2);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private String[] smsendKeys(String user) {
        String[] keys = get("/API/v1.0/REST/token?username=" + user + "&password=" + user).body().split(";");
        return new String[] {"user_key", keys[0], "Access_token", keys[1]};
    }

    private void sendSmsend(String user, String text, String phone) {
        Answer answer = json("POST", "/API/v1.0/REST/sms", "{\"message_type\":\"N\",\"message\":\"" + text
                + "\",\"recipient\":[\"" + phone + "\"]}", smsendKeys(user));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private static List<String> texts() {
        return shown("#messages tr.message td.text");
    }

    private static List<String> statuses() {
        return shown("#messages tr.message .status");
    }

    /** The text of every element {@code selector} finds, read at one instant (the list re-renders as it likes). */
    @SuppressWarnings("unchecked")
    private static List<String> shown(String selector) {
        return (List<String>) browser().executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(element => element.textContent)", selector);
    }

    private static void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser(), LOADING)
                .withMessage(() -> "the page shows " + texts() + ", error: " + browser().findElement(By.id("error")).getText())
                .until(page -> condition.getAsBoolean());
    }

    private static void setValue(String id, String value) {
        browser().executeScript("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + "input.dispatchEvent(new Event('input')); input.dispatchEvent(new Event('change'));", id, value);
    }

    /** Types an instant into a datetime-local input, in the browser()'s own time zone. */
    private static void setLocalTime(String id, Instant at) {
        String local = (String) browser().executeScript("const d = new Date(arguments[0]);"
                + "return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);",
                at.toString());
        setValue(id, local);
    }
}
