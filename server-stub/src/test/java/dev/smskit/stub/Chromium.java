package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

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
 * ({@code .ci/run} installs both). Console errors are read from the browser log.
 */
public final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver browser;

    private Chromium(Path profile, ChromeDriver browser) {
        this.profile = profile;
        this.browser = browser;
    }

    /** For {@code @EnabledIf}: a test of a page is skipped only where no Chromium is installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM);
    }

    public static Chromium start() throws IOException {
        assertTrue(Files.isExecutable(CHROMEDRIVER), "Chromium is installed but not " + CHROMEDRIVER
                + ": apt-get install chromium-driver");
        Path profile = Files.createTempDirectory("smskit-chromium-");
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
        Chromium chromium = new Chromium(profile, new ChromeDriver(driver, options));

        // the console check of a test can only fail if the console is really read
        chromium.browser.executeScript("console.error('smskit console probe')");
        assertThat(chromium.consoleErrors()).anyMatch(error -> error.contains("smskit console probe"));
        return chromium;
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
    public void close() throws IOException {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile);
    }
}
