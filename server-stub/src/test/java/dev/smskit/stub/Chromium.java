package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by its own chromedriver, for the tests of the pages the stub serves
 * ({@code .ci/run} installs both): one browser per test class, as
 * {@code @RegisterExtension static final Chromium chromium = new Chromium();}. Console errors are read
 * from the browser log.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Path profile;
    private ChromeDriver browser;

    /** For {@code @EnabledIf}: a test of a page is skipped only where no Chromium is installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assertTrue(Files.isExecutable(CHROMEDRIVER), "Chromium is installed but not " + CHROMEDRIVER
                + ": apt-get install chromium-driver");
        profile = Files.createTempDirectory("smskit-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // the system driver, never one that Selenium Manager would download
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);

        // the console check of a test can only fail if the console is really read
        browser.executeScript("console.error('smskit console probe')");
        assertThat(consoleErrors()).anyMatch(error -> error.contains("smskit console probe"));
    }

    public ChromeDriver browser() {
        return browser;
    }

    /** The console errors logged since the last call (reading the browser log empties it). */
    public List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves what the browser shows as {@code target/<name>}, to be looked at. */
    public void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
