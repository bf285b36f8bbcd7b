package cn.renda.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of browser tests: Debian's Chromium driven by Selenium against the full application. Without
 * Chromium the tests are skipped (reported as skipped), except under CI where that is a failure.
 */
public abstract class BrowserTest extends FullStackTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium not installed: browser test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--force-prefers-reduced-motion",
                "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("renda-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Opens a path of the application. */
    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in through the login form as a demo user. */
    protected void signIn(String user) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userMenu")));
    }

    /** Scrolls the element into view and clicks it. */
    protected void click(By by) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Types into a picker's search box and ticks the first choice that shows {@code text}. */
    protected void pick(String name, String query, String text) {
        driver.findElement(By.id(name + "-search")).sendKeys(query);
        By choice = By.xpath(
                "//*[@id='" + name + "-options']//label[contains(., '" + text + "')]/preceding-sibling::input");
        var input = wait.until(ExpectedConditions.presenceOfElementLocated(choice));
        // a script click: on a phone the choice's input may sit under its label
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", input);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='" + name + "-chosen']//label[contains(., '" + text + "')]")));
    }

    /** Phone-sized window (375 px wide). */
    protected void phone() {
        driver.manage().window().setSize(new Dimension(375, 812));
    }

    /**
     * Runs axe-core on the current page and fails on serious or critical violations. Cheap on purpose, since the walks
     * run it on every page: in the page itself (legacy mode: the default opens a second window to merge the results
     * of frames, and these pages have none), and sending back every node only of the violations.
     */
    protected void assertAccessible() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder()
                .withOptions(options)
                .setLegacyMode(true)
                .disableIframeTesting()
                .analyze(driver);
        List<String> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
        assertThat(bad)
                .as("serious/critical accessibility violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .limit(3)
                        .toList();
    }
}
