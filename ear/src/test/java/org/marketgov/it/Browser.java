package org.marketgov.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test, through Debian's chromedriver, registered with
 * {@code @RegisterExtension}. Without Chromium the browser tests are skipped on a
 * developer machine and fail in CI ({@code CI=true}).
 */
final class Browser implements BeforeEachCallback, AfterEachCallback {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private WebDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean installed = DRIVER.canExecute() && CHROMIUM.canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profileDir());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Opens a page of the console by its path, such as {@code /login.xhtml}. */
    void get(String path) {
        driver.get(Api.HOST + path);
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    /** The elements with this id, none when the page does not show it. */
    List<WebElement> findAll(String id) {
        return driver.findElements(By.id(id));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    void click(String id) {
        find(id).click();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    /**
     * Waits until the condition holds. An element that a page load replaced while the
     * condition read it only means "not yet", so the condition is asked again.
     */
    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    void waitForUrl(String part) {
        waitFor(ExpectedConditions.urlContains(part));
    }

    WebElement waitVisible(String id) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static String profileDir() {
        try {
            return Files.createTempDirectory("market-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
