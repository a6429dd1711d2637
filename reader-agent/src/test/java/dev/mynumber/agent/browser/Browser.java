package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium (Debian's chromium and chromedriver, flags from
 * docs/tooling): skips with a visible notice when they are absent, fails when {@code require.real} is true.
 */
final class Browser implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * Starts Chromium at a window size, or skips/fails when it is not installed.
     *
     * @param base the agent's origin, e.g. {@code http://127.0.0.1:1234}
     * @param width window width
     * @param height window height
     */
    static Browser open(String base, int width, int height) {
        return open(base, width, height, new String[0]);
    }

    /**
     * Starts Chromium with extra command-line flags (e.g. {@code --ip-address-space-overrides}).
     *
     * @param base the agent's origin
     * @param width window width
     * @param height window height
     * @param flags the extra flags
     */
    static Browser open(String base, int width, int height, String... flags) {
        requireChromium();
        // Selenium otherwise first asks the network for driver versions (the machine has no internet)
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=" + width + "," + height,
                "--lang=ja").addArguments(flags);
        ChromeDriver driver = new ChromeDriver(service, options);
        // the window size includes browser chrome even headless: pin the viewport to the screen size itself
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
        return new Browser(driver, base);
    }

    private static void requireChromium() {
        if (CHROMIUM.canExecute() && DRIVER.canExecute()) {
            return;
        }
        String missing = "chromium or chromedriver is not installed (/usr/bin/chromium, /usr/bin/chromedriver)";
        if (Boolean.getBoolean("require.real")) {
            fail("require.real=true but " + missing);
        }
        System.out.println("[SKIPPED] browser test: " + missing);
        Assumptions.abort(missing);
    }

    /** Changes the viewport to another screen size (CSS pixels, one device pixel each). */
    void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) driver.executeScript(
                "return window.innerWidth")).intValue() == width);
    }

    /** Runs a script in the page and returns its result. */
    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Asserts that the element is shown and lies wholly inside the viewport as the page is now (no scrolling needed).
     *
     * @param css a CSS selector
     */
    void assertInViewport(String css) {
        Object problem = driver.executeScript("""
                const e = document.querySelector(arguments[0]);
                if (!e) return 'missing';
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return 'not shown';
                const ok = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
                return ok ? null : `at ${Math.round(r.left)},${Math.round(r.top)} size ${Math.round(r.width)}x`
                  + `${Math.round(r.height)} in a ${innerWidth}x${innerHeight} viewport`;
                """, css);
        if (problem != null) {
            fail(css + ": " + problem);
        }
    }

    /** Opens a page of the agent, e.g. {@code /counter.html}. */
    void go(String path) {
        driver.get(base + path);
    }

    WebDriver driver() {
        return driver;
    }

    /** The element with this id. */
    WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    /** Waits until the element with this id shows (visibly) a text containing {@code text}. */
    void waitText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "#" + id + " never showed \"" + text
                + "\"; it shows \"" + visibleText(id) + "\"")
                .until(d -> visibleText(id).contains(text));
    }

    /** Waits until the element with this id is visible. */
    void waitVisible(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Waits until the element with this id is hidden (or gone). */
    void waitHidden(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    /** The text a person sees in the element (empty when it is hidden). */
    String visibleText(String id) {
        for (int attempt = 0;; attempt++) {
            try {
                return driver.findElement(By.id(id)).getText();
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return "";
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e; // the page re-renders the element without pause
                }
            }
        }
    }

    /** The visible text of the whole page. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Clicks the first button whose visible text contains {@code label}. */
    void clickButton(String label) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "no visible button \"" + label + "\"")
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("button")).stream()
                        .filter(b -> b.isDisplayed() && b.isEnabled() && b.getText().contains(label))
                        .findFirst().map(b -> {
                            b.click();
                            return true;
                        }).orElse(false));
    }

    /** Types digits on the visible on-screen PIN pad and presses 決定. */
    void pinPad(String digits) {
        typeOnPad(digits);
        clickKey("ok");
    }

    /** Types digits on the visible on-screen PIN pad without submitting. */
    void typeOnPad(String digits) {
        for (char c : digits.toCharArray()) {
            clickKey(String.valueOf(c));
        }
    }

    private void clickKey(String key) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "no enabled PIN pad key " + key)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(
                        By.cssSelector("button[data-key='" + key + "']")).stream()
                        .filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().map(b -> {
                            b.click();
                            return true;
                        })
                        .orElse(false));
    }

    /**
     * Saves a PNG screenshot as NAME.png in {@code target/screenshots}, or in the repository's
     * {@code docs/screenshots} when run with {@code -Dscreenshots.docs=true} (so ordinary test runs do not
     * rewrite tracked files).
     */
    void screenshot(String name) throws IOException {
        Path module = Path.of(System.getProperty("user.dir"));
        Path dir = Boolean.getBoolean("screenshots.docs")
                ? module.resolveSibling("docs").resolve("screenshots")
                : module.resolve("target").resolve("screenshots");
        Files.createDirectories(dir);
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
