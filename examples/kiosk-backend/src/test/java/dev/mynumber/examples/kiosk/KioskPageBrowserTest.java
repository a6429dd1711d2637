package dev.mynumber.examples.kiosk;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mynumber.agent.Agent;
import dev.mynumber.agent.AgentConfig;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.TrustAnchors;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kiosk page in real headless Chromium, on the back end's origin: it pairs with the agent (the user
 * confirms the code in the agent's own page), the simulated card signs the back end's nonce, the back end
 * logs the user in.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Tag("browser")
class KioskPageBrowserTest {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    KioskBackend backend;
    Agent agent;
    ChromeDriver chromium;

    @Test
    void theUserPairsEntersThePinAndIsLoggedIn(@TempDir Path dir) throws Exception {
        requireChromium();
        backend = KioskBackend.start(new CertificateVerifier(TrustAnchors.of(TestPki.get().authRoot()),
                CrlStore.of(SimulatedCrls.authCrl()), Clock.systemUTC()), 0, null, Clock.systemUTC());
        agent = Agent.start(AgentConfig.defaults().withTokenFile(dir.resolve("token"))
                .withAllowedOrigins(List.of(backend.origin())), Agent.Options.on(0).withSimulator().withoutPcsc());
        String agentUrl = "http://127.0.0.1:" + agent.port();
        chromium = startChromium();
        chromium.get(backend.origin() + "/?agent=" + agentUrl);
        String code = waitFor(chromium, d -> d.findElement(By.id("code")).getText(), "\\d{6}");
        String kiosk = chromium.getWindowHandle();
        chromium.switchTo().newWindow(WindowType.TAB).get(agentUrl + "/agent/pairing.html");
        waitFor(chromium, d -> d.findElement(By.tagName("body")).getText().contains(code) ? code : "", code);
        chromium.findElements(By.tagName("button")).stream().filter(b -> b.getText().contains("許可する"))
                .findFirst().orElseThrow().click();
        chromium.close();
        chromium.switchTo().window(kiosk);
        waitFor(chromium, d -> String.valueOf(d.findElements(By.cssSelector("#reader option")).size()), "2");
        chromium.findElement(By.id("pin")).sendKeys("1234");
        chromium.findElement(By.cssSelector("#login button")).click();
        waitFor(chromium, d -> d.findElement(By.id("result")).getText(), "ログインしました.*");
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        if (agent != null) {
            agent.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    static String waitFor(WebDriver driver, java.util.function.Function<WebDriver, String> text, String regex) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(
                        () -> "never matched " + regex + "; page: " + driver.findElement(By.tagName("body")).getText())
                .until(d -> {
                    String t = text.apply(d);
                    return t.matches(regex) ? t : null;
                });
    }

    static ChromeDriver startChromium() {
        System.setProperty("SE_AVOID_STATS", "true");                 // no network look-ups for driver versions
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(),
                new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--lang=ja"));
    }

    static void requireChromium() {
        if (CHROMIUM.canExecute() && DRIVER.canExecute()) {
            return;
        }
        if (Boolean.getBoolean("require.real")) {
            fail("require.real=true but chromium or chromedriver is not installed");
        }
        System.out.println("[SKIPPED] browser test: chromium or chromedriver is not installed");
        Assumptions.abort("chromium or chromedriver is not installed");
    }
}
