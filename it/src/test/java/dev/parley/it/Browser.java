package dev.parley.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (stack-notes 8): Selenium Manager
 * never downloads anything, every run gets a fresh profile under {@code target/}.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() {
        try {
            Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("parley.it.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("parley.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(path.startsWith("http") ? path : Suite.WEB + path);
    }

    WebElement find(By by) {
        return until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element : null;
        }, "element " + by);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(condition, "condition");
    }

    /** Waits; on time-out says what was awaited and where the browser was. */
    <T> T until(Function<WebDriver, T> condition, String what) {
        try {
            return wait.until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + " at " + driver.getCurrentUrl()
                    + " (page title '" + driver.getTitle() + "')", e);
        }
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    void click(By by) {
        wait.until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Fills Keycloak's login form (ids from its default theme) and submits it. */
    void keycloakLogin(String username, String password) {
        until(d -> d.getCurrentUrl().startsWith(Suite.KEYCLOAK));
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("kc-login"));
    }

    /** A screenshot next to the failsafe reports, for when a step fails. */
    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    String pageSource() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
