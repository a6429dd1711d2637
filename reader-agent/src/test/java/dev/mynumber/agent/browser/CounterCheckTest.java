package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The counter page as staff meet it: an expired card, a locked PIN, the last 照合番号B try, 照合番号B as one
 * 14-digit number, the card face like the card, and the local history without personal data.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Tag("browser")
class CounterCheckTest extends PageTestSupport {
    @BeforeAll
    static void start() throws Exception {
        open(1366, 768);
    }

    private static void readWithCodeB(String yy, String mm, String dd, String expiry, String code) {
        CounterForm.readWithCodeB(browser, yy, mm, dd, expiry, code);
    }

    @Test
    void anExpiredCardSaysSoAsProminentlyAsTheVerdictAndAValidOneSaysNothingOfIt() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        readWithCodeB("60", "4", "12", "2035", "5678");
        browser.waitText("f-name", "試験");
        assertFalse(browser.id("validity").isDisplayed(), "a valid card says nothing of expiry");
        assertFalse(browser.pageText().contains("有効期限切れ"));

        agent.insert(BrowserAgent.R0, "expired");
        browser.waitHidden("card");
        readWithCodeB("45", "11", "3", "2024", "9753");
        browser.waitText("validity", "有効期限切れのカードです（2024年11月3日まで有効）");
        assertTrue(browser.visibleText("validity").contains("本人確認書類として使えません"), browser.visibleText("validity"));
        assertTrue(browser.visibleText("validity").contains("発行者の署名の対象外"), "DF29 is not signed: said so");
        assertEquals(browser.js("return getComputedStyle(document.querySelector('#verdict-text')).fontSize"),
                browser.js("return getComputedStyle(document.querySelector('#validity-text')).fontSize"),
                "as prominent as the verdict");
        browser.assertInViewport("#validity");
        browser.assertInViewport("#verdict");
        assertTrue(browser.visibleText("f-expiry").contains("2024年11月3日まで有効"), "西暦 as printed on the card");
        browser.screenshot("counter-expired");
    }

    @Test
    void theFaceIsLaidOutLikeTheCardWithTheSecurityCodeImageAndAPhotoBigEnoughToCompare() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        assertTrue(browser.id("codeb-panel").isDisplayed(), "照合番号B is the default at the counter");
        assertFalse(browser.id("pinpad").isDisplayed());
        readWithCodeB("60", "4", "12", "2035", "5678");
        browser.waitText("f-expiry", "2035年4月12日まで有効");
        Number codeImage = (Number) browser.js("const i = document.querySelector('#security-image');"
                + "return i.complete ? i.naturalWidth : 0");
        assertTrue(codeImage.intValue() > 0, "the security-code image (DF2A) is shown");
        Number photoWidth = (Number) browser
                .js("return document.querySelector('#photo').getBoundingClientRect().width");
        assertTrue(photoWidth.doubleValue() >= 150, "photo " + photoWidth + " px wide");
        Boolean photoRight = (Boolean) browser.js("return document.querySelector('#photo').getBoundingClientRect().left"
                + " > document.querySelector('#f-name').getBoundingClientRect().left");
        assertTrue(photoRight, "the photo on the right of the name, as on the card");
    }

    @Test
    void aLockedPinSpeaksToTheCounterAndOffersCodeB() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        browser.id("tab-pin").click();
        browser.waitText("pin-tries", "あと3回");
        browser.pinPad("9999");
        browser.waitText("pin-tries", "あと2回");
        browser.pinPad("9999");
        browser.clickButton("はい");
        browser.pinPad("9999");
        browser.waitText("pin-blocked", "照合番号B");
        String text = browser.visibleText("pin-blocked");
        assertFalse(text.contains("お住まいの市区町村の窓口で"), "the resident is at the counter already: " + text);
        assertTrue(text.contains("再設定"), "where the PIN is reset: " + text);
        browser.screenshot("counter-pin-locked");
        browser.clickButton("照合番号Bで読み取る");
        browser.waitVisible("codeb-panel");
        readWithCodeB("60", "4", "12", "2035", "5678");
        browser.waitText("f-name", "試験");
    }

    @Test
    void theLastCodeBTryIsAskedForOnceInCodeBWordsAndKeepsTheForm() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        agent.wrongCodeB(BrowserAgent.R0, 9);
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        readWithCodeB("60", "4", "12", "2035", "5678");
        browser.waitText("confirm-last", "照合番号Bの入力は残り1回です");
        assertFalse(browser.visibleText("confirm-last").contains("暗証番号"), browser.visibleText("confirm-last"));
        assertEquals("", browser.visibleText("message"), "asked once, not twice");
        assertEquals("5678", browser.id("security-code").getAttribute("value"), "the form is kept");
        assertEquals("60", browser.id("era-year").getAttribute("value"));
        browser.clickButton("はい");
        browser.waitText("f-name", "試験");
        assertEquals("", browser.id("security-code").getAttribute("value"), "cleared once read");
    }

    @Test
    void aCardErrorIsShownInWordsNeverAsARawCode() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !String.valueOf(browser.js("return document.querySelector('#pin-tries').textContent"))
                        .isEmpty());
        agent.faults(BrowserAgent.R0, "sw-at:2=6F00"); // the card answers the 照合番号B VERIFY with an odd status word
        readWithCodeB("60", "4", "12", "2035", "5678");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !browser.visibleText("message").isEmpty());
        String message = browser.visibleText("message");
        assertFalse(message.matches("(?s).*[A-Z]{2,}_[A-Z_]+.*"), "a raw code on the page: " + message);
        assertTrue(message.matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"), message);
        agent.insert(BrowserAgent.R0, "adult"); // a fresh card without the fault for the next test
    }

    @Test
    void codeBAsOneFourteenDigitNumber() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        browser.id("codeb-panel").findElement(org.openqa.selenium.By.cssSelector("input[value=digits]")).click();
        browser.id("codeb-digits").sendKeys("600412 2035 567");
        browser.clickButton("読み取る");
        browser.waitText("message", "14桁");
        browser.id("codeb-digits").sendKeys("8");
        browser.clickButton("読み取る");
        browser.waitText("f-name", "試験");
    }

    @Test
    void theHistoryKeepsTimeExpiryYearAndResultOnlyAndExportsAsCsv() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/counter.html");
        browser.js("localStorage.clear()");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        readWithCodeB("60", "4", "12", "2035", "5678");
        browser.waitText("f-name", "試験");
        agent.insert(BrowserAgent.R0, "expired");
        browser.waitHidden("card");
        readWithCodeB("45", "11", "3", "2024", "9753");
        browser.waitText("validity", "有効期限切れ");

        String stored = String.valueOf(browser.js("return localStorage.getItem('mynumber-counter-history')"));
        for (String personal : new String[] {"試験", "1985", "1970", "見本", "昭和", "5678", "9753", "1234", "png"}) {
            assertFalse(stored.contains(personal), "personal data in the history: " + personal + " in " + stored);
        }
        browser.clickButton("確認の履歴");
        browser.waitText("history-rows", "有効期限切れ");
        assertTrue(browser.visibleText("history-rows").contains("2035"), browser.visibleText("history-rows"));
        String href = browser.id("history-csv").getAttribute("href");
        String csv = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertEquals("\"time\",\"expiry_year\",\"result\",\"result_words\"", lines[0]);
        assertEquals(3, lines.length, csv);
        assertTrue(lines[1].contains("\"2035\",\"VERIFIED\""), lines[1]);
        assertTrue(lines[2].contains("\"2024\",\"EXPIRED\",\"有効期限切れ\""), lines[2]);
        browser.screenshot("counter-history");
        browser.clickButton("閉じる");
    }
}
