package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages at the sizes of the machines they run on: 1366x768 and 1024x768 counter PCs, a 1080x1920 or
 * 720x1280 portrait kiosk (and each page on the other kind of screen). The verdict, the card's validity,
 * every failed check, name and address lie inside the viewport without scrolling; names are not broken into
 * short pieces; screenshots of each size go to docs/screenshots.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@Tag("browser")
class PageLayoutTest extends PageTestSupport {
    /**
     * Turns two checks of every card-info answer into failures before the page sees it: the worst case for the
     * layout (the verdict logic itself is the agent's, tested elsewhere).
     */
    private static final String TWO_FAILED_CHECKS = """
            const original = window.fetch;
            window.fetch = async (input, init) => {
              const response = await original(input, init);
              if (!String(input && input.url || input).includes("/card-info") || !response.ok) return response;
              const info = await response.json();
              info.verification.verdict = "REJECTED";
              info.verification.status = "NOT_GENUINE";
              info.verification.reasonCode = "CHECK_FAILED";
              for (const c of info.verification.checks.slice(-2)) {
                c.status = "FAILED"; // with the reason a real failure of that check has
                c.reasonCode = c.name.endsWith("liveness") ? "CHALLENGE_SIGNATURE_INVALID" : "FACE_SIGNATURE_INVALID";
              }
              return new Response(JSON.stringify(info), { status: 200, headers: { "Content-Type": "application/json" } });
            };
            """;

    @BeforeAll
    static void start() throws Exception {
        open(1366, 768);
    }

    @Test
    void theCounterShowsVerdictValidityFailedChecksNameAndAddressWithoutScrollingAtEachSize() throws Exception {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        Object script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", TWO_FAILED_CHECKS)).get("identifier");
        try {
            for (int[] size : new int[][] {{1366, 768}, {1024, 768}, {720, 1280}}) {
                counterAt(size[0], size[1]);
            }
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
            browser.resize(1366, 768);
        }
    }

    private void counterAt(int width, int height) throws Exception {
        String at = width + "x" + height;
        browser.resize(width, height);
        agent.insert(BrowserAgent.R0, "expired");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        CounterForm.readWithCodeB(browser, "45", "11", "3", "2024", "9753");
        browser.waitText("validity", "有効期限切れ");
        browser.id("cmp-name").sendKeys("試験 四郎");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("compare never settled")
                .until(d -> "true".equals(browser.id("compare-rows").getAttribute("data-settled")));

        for (String css : List.of("#verdict", "#validity", "#f-name", "#f-address", "#photo", "#f-expiry")) {
            browser.assertInViewport(css);
        }
        List<WebElement> failed = browser.driver().findElements(By.cssSelector("#checks li.FAILED"));
        assertTrue(failed.size() == 2, at + ": " + failed.size() + " failed checks shown");
        for (int i = 1; i <= failed.size(); i++) {
            browser.assertInViewport("#checks li.FAILED:nth-of-type(" + i + ")");
        }
        Number card = (Number) browser.js("return document.querySelector('#card').getBoundingClientRect().width");
        assertTrue(card.doubleValue() >= Math.min(560, width - 40), at + ": the card panel is " + card + " px wide");
        assertOneLine("#f-name", at);
        assertOneLine("#compare-rows tr:nth-child(1) td.on-card", at);
        browser.screenshot("counter-" + at);
    }

    /** The element's text is on one line: a short name is never broken into pieces. */
    private static void assertOneLine(String css, String at) {
        Number lines = (Number) browser.js("""
                const e = document.querySelector(arguments[0]);
                const r = document.createRange(); r.selectNodeContents(e);
                const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
                return tops.size;""", css);
        assertTrue(lines.intValue() == 1, at + ": " + css + " is broken over " + lines + " lines");
    }

    @Test
    void theKioskFitsEachScreenWithItsCancelButtonAboveTheFold() throws Exception {
        try {
            for (int[] size : new int[][] {{1080, 1920}, {720, 1280}, {1366, 768}}) {
                kioskAt(size[0], size[1]);
            }
        } finally {
            browser.resize(1366, 768);
        }
    }

    private void kioskAt(int width, int height) throws Exception {
        String at = width + "x" + height;
        browser.resize(width, height);
        agent.remove(BrowserAgent.R0);
        browser.go("/kiosk.html");
        browser.waitText("s-start", "マイナンバーカードを置いてください");
        browser.waitText("link", "接続済み");
        browser.screenshot("kiosk-start-" + at);
        agent.insert(BrowserAgent.R0, "adult");
        browser.waitText("tries", "あと3回");
        browser.pinPad("9999"); // the fullest PIN screen: with the wrong-PIN message
        browser.waitText("pin-message", "暗証番号が違います");
        for (String css : List.of("#s-pin h2", "#tries", "#pin-message", "#pin-cancel", "button[data-key='ok']",
                "button[data-key='0']")) {
            browser.assertInViewport(css);
        }
        browser.screenshot("kiosk-pin-" + at);
        browser.pinPad("1234");
        browser.waitText("s-done", "本人確認ができました");
        browser.assertInViewport("#s-done h2");
        browser.screenshot("kiosk-done-" + at);
    }
}
