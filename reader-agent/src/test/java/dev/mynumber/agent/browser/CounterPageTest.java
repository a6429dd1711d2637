package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The counter page (窓口) in real headless Chromium against the agent with the simulator. */
@Tag("browser")
class CounterPageTest extends PageTestSupport {
    @BeforeAll
    static void start() throws Exception {
        open(1366, 768);
    }

    @BeforeEach
    void freshCard() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
    }

    /** Records, for each card-info request of the page, whether it asked for the number and got it in full. */
    private static final String RECORD_CARD_INFO = """
            window.__cardInfo = [];
            const original = window.fetch;
            window.fetch = async (input, init) => {
              const response = await original(input, init);
              if (String(input && input.url || input).includes("/card-info")) {
                const asked = JSON.parse((init && init.body) || "{}").revealMyNumber === true;
                const full = (await response.clone().text()).includes("123400000012");
                window.__cardInfo.push((asked ? "asked" : "masked") + (full ? "+full" : ""));
              }
              return response;
            };
            """;

    private static String cardInfoRequests() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return (window.__cardInfo || []).join(',')"));
    }

    @Test
    void holderPinShowsTheCardMaskedNumberUntilRevealedAndWipesOnRemoval() throws Exception {
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        Object script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", RECORD_CARD_INFO)).get("identifier");
        try {
            readRevealCompareAndRemove();
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    java.util.Map.of("identifier", script));
        }
    }

    /** The holder's PIN instead of 照合番号B (the default at the counter, as in the Digital Agency's app). */
    private static void usePin() {
        browser.id("tab-pin").click();
        browser.waitVisible("pinpad");
    }

    private void readRevealCompareAndRemove() throws Exception {
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        usePin();
        browser.waitText("pin-tries", "あと3回");
        browser.pinPad("1234");
        browser.waitText("f-name", "試験");
        assertTrue(browser.visibleText("f-birth").contains("昭和60年4月12日"), browser.visibleText("f-birth"));
        assertTrue(browser.visibleText("f-birth").contains("1985-04-12"));
        assertTrue(browser.visibleText("f-sex").contains("男"));
        assertTrue(browser.visibleText("f-expiry").contains("2035"));
        assertTrue(browser.visibleText("f-mynumber").contains("●●●● ●●●● 0012"), browser.visibleText("f-mynumber"));
        assertFalse(browser.pageText().contains("123400000012"), "My Number shown before reveal");
        assertTrue(browser.visibleText("checks-toggle").contains("9項目すべて確認できました"),
                browser.visibleText("checks-toggle"));
        browser.id("checks-toggle").click(); // the confirmed checks are folded away until asked for
        assertTrue(browser.visibleText("checks").contains("確認できました"),
                "each check says in plain words what was checked");
        assertTrue(browser.visibleText("checks").contains("個人番号・基本4情報への発行者の署名"), "check names in plain words");
        assertFalse(browser.visibleText("checks").matches("(?s).*(text-ap|visual-ap)\\.[a-z-]+.*"),
                "never a raw check name");
        assertTrue(browser.visibleText("checks").contains("チップがその場で作った問いに正しく署名しました"), "reason codes in words");
        assertFalse(browser.visibleText("checks").matches("(?s).*(DF3|verif|match).*"),
                "no English reason in Japanese");
        browser.id("checks-toggle").click(); // folded again: the face shows in full
        assertEquals("公的個人認証の証明書: 有効", browser.visibleText("auth-cert"));
        assertTrue(browser.visibleText("verdict").startsWith("✔ 真正なカードであることを確認しました"),
                browser.visibleText("verdict"));
        assertTrue(browser.visibleText("verdict").contains("ICチップ自身が応答しました"), "the verdict says why");
        assertEquals("masked", cardInfoRequests(), "the PIN read must neither ask for nor get the full number");

        browser.clickButton("表示する");
        browser.waitText("reveal-confirm", "周囲の人に見られない");
        browser.id("reveal-yes").click();
        browser.waitText("reveal-pin", "ご本人が暗証番号（数字4桁）をもう一度入力してください");
        assertTrue(browser.visibleText("f-mynumber").contains("●●●● ●●●● 0012"), "still masked until the PIN");
        browser.screenshot("counter-reveal");
        browser.pinPad("9999");
        browser.waitText("message", "暗証番号が違います。残り2回です。");
        assertTrue(browser.visibleText("f-mynumber").contains("●●●● ●●●● 0012"), "a wrong PIN reveals nothing");
        browser.pinPad("1234");
        browser.waitText("f-mynumber", "1234 0000 0012");
        browser.waitHidden("reveal-pin");
        assertEquals("masked,asked,asked+full", cardInfoRequests());

        // the agent compares (POST /compare): width/space differences are called out, not hidden
        browser.id("cmp-name").sendKeys("試験 太郎");
        browser.id("cmp-birth").sendKeys("昭和60年4月31日");
        browser.id("cmp-address").sendKeys("どこか別の町");
        new Select(browser.id("cmp-sex")).selectByVisibleText("男");
        waitCompareSettled();
        assertTrue(compareResult(3).startsWith("日付の形式を確認してください"), compareResult(3));
        assertEquals("✔ 一致（表記の違いのみ）", compareResult(1));
        assertEquals("✖ 不一致", compareResult(2));
        assertEquals("✔ 一致", compareResult(4));
        browser.id("cmp-birth").clear();
        browser.id("cmp-birth").sendKeys("昭和60年4月12日");
        waitCompareSettled();
        assertEquals("✔ 一致（表記の違いのみ）", compareResult(3), "another writing of the same day: never SAME");
        // the false alarms of issue 14: 1-2-3 for １丁目２番３号, S60.4.12 for a birth date
        browser.id("cmp-address").clear();
        browser.id("cmp-address").sendKeys("東京都千代田区テスト町1-2-3");
        browser.id("cmp-birth").clear();
        browser.id("cmp-birth").sendKeys("S60.4.12");
        waitCompareSettled();
        assertEquals("✔ 一致（表記の違いのみ）", compareResult(2));
        assertEquals("✔ 一致（表記の違いのみ）", compareResult(3));
        browser.id("cmp-birth").clear();
        browser.id("cmp-birth").sendKeys("1985-04-12");
        waitCompareSettled();
        assertEquals("✔ 一致", compareResult(3));
        browser.id("reveal").click(); // hide the number again before the screenshot
        browser.screenshot("counter");
        printedPageHasNoPersonalData();

        agent.remove(BrowserAgent.R0);
        browser.waitText("message", "カードが取り外されたため");
        browser.waitHidden("card");
        assertFalse(browser.pageText().contains("試験"), "personal data left on screen after removal");
        browser.waitText("card-state", "カードを置いてください");
    }

    @Test
    void aCardSwappedInOneStepWipesTheOldCardsData() throws Exception {
        browser.go("/counter.html");
        usePin();
        browser.waitText("pin-tries", "あと3回");
        browser.pinPad("1234");
        browser.waitText("f-name", "試験");
        agent.insert(BrowserAgent.R0, "revoked"); // the simulator's one-step swap: the reader is never empty
        browser.waitText("message", "カードが取り外されたため");
        browser.waitHidden("card");
        assertFalse(browser.pageText().contains("試験"), "the old card's data left on screen after a swap");
        browser.waitText("card-state", "カードがあります");
        browser.waitText("pin-tries", "あと3回");
        browser.pinPad("1234");
        browser.waitText("auth-cert", "失効しています"); // genuine face data, revoked JPKI certificate
    }

    /** What a printout would show: the print media hides every personal field. */
    private static void printedPageHasNoPersonalData() {
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertFalse(browser.id("card").isDisplayed(), "the card panel would be printed");
            assertFalse(browser.id("compare").isDisplayed(), "the compare panel would be printed");
            assertFalse(browser.pageText().contains("試験"), browser.pageText());
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        assertTrue(browser.id("card").isDisplayed());
    }

    @Test
    void staffCodeBWithEraPickerReadsTheCardWithoutTheNumber() throws Exception {
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        browser.clickButton("照合番号B");
        CounterForm.readWithCodeB(browser, "60", "4", "12", "2035", "5678");
        browser.waitText("f-name", "試験");
        assertTrue(browser.visibleText("f-mynumber").contains("照合番号Bでは個人番号は読み取れません"));
        assertTrue(browser.visibleText("verdict").contains("照合番号Bで読み取り"));
        browser.screenshot("counter-code-b");
    }

    @Test
    void wrongCodeBIsReportedAndIdleTimeoutWipesTheScreen() {
        browser.go("/counter.html?idle=2");
        browser.waitText("card-state", "カードがあります");
        browser.clickButton("照合番号B");
        browser.id("era-year").sendKeys("60");
        browser.id("era-month").sendKeys("4");
        browser.id("era-day").sendKeys("12");
        browser.id("expiry-year").sendKeys("2035");
        browser.id("security-code").sendKeys("0000");
        browser.clickButton("読み取る");
        browser.waitText("message", "照合番号Bが一致しません。残り9回です。");
        // what was typed stays: only the wrong part is typed again
        assertEquals("60", browser.id("era-year").getAttribute("value"));
        assertEquals("12", browser.id("era-day").getAttribute("value"));
        assertEquals("2035", browser.id("expiry-year").getAttribute("value"));
        assertEquals("0000", browser.id("security-code").getAttribute("value"));
        browser.id("security-code").clear();
        browser.id("security-code").sendKeys("5678");
        browser.clickButton("読み取る");
        browser.waitText("f-name", "試験");
        browser.waitText("message", "一定時間操作がなかったため");
        assertFalse(browser.pageText().contains("試験"), "personal data left on screen after the idle timeout");
    }

    @Test
    void wrongPinsShowTriesLeftAndTheLastTryNeedsAConfirmation() throws Exception {
        browser.go("/counter.html");
        usePin();
        browser.waitText("pin-tries", "あと3回");
        browser.pinPad("9999");
        browser.waitText("message", "暗証番号が違います。残り2回です。");
        browser.pinPad("9999");
        browser.waitText("confirm-last", "残り1回です");
        browser.clickButton("いいえ");
        browser.waitHidden("confirm-last");
        browser.go("/counter.html");
        usePin();
        browser.waitText("confirm-last", "残り1回です");
        browser.clickButton("はい");
        browser.pinPad("1234");
        browser.waitText("f-name", "試験");
        browser.waitText("pin-tries", "あと3回");
    }

    @Test
    void englishSwitchRelabelsThePage() {
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        browser.clickButton("English");
        browser.waitText("card-state", "Card present");
        assertTrue(browser.pageText().contains("Counter verification"));
    }

    /** The result a person sees in row {@code row} (1-based) of the compare panel. */
    private String compareResult(int row) {
        return browser.driver().findElement(By.cssSelector("#compare-rows tr:nth-child(" + row + ") td.verdict"))
                .getText();
    }

    /** Waits until the compare rows show the agent's answer to everything typed so far (the page's marker). */
    private void waitCompareSettled() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage(() -> "the compare rows never settled; row 3 shows \"" + compareResult(3) + "\"")
                .until(d -> "true".equals(browser.id("compare-rows").getAttribute("data-settled")));
    }
}
