package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The kiosk flow in real headless Chromium (portrait window) against the agent with the simulator. */
@Tag("browser")
class KioskPageTest extends PageTestSupport {
    @BeforeAll
    static void start() throws Exception {
        open(720, 1280);
    }

    @BeforeEach
    void emptyReader() throws Exception {
        agent.remove(BrowserAgent.R0);
    }

    /** Opens the kiosk with an empty reader, then the customer inserts a card of the persona. */
    private void insertCard(String page, String persona) throws Exception {
        browser.go(page);
        browser.waitText("s-start", "マイナンバーカードを置いてください");
        browser.waitText("link", "接続済み");
        browser.screenshot("kiosk-start");
        agent.insert(BrowserAgent.R0, persona);
    }

    /** The customer inserts a card of the persona and types the right PIN. */
    private void authenticate(String page, String persona) throws Exception {
        insertCard(page, persona);
        browser.waitText("tries", "あと3回");
        browser.pinPad("1234");
    }

    @Test
    void wrongPinShowsTriesLeftThenTheRightPinAuthenticates() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.waitText("tries", "あと3回");
        browser.screenshot("kiosk-pin");
        browser.pinPad("9999");
        browser.waitText("pin-message", "暗証番号が違います。残り2回です。");
        browser.waitText("tries", "あと2回");
        browser.pinPad("1234");
        browser.waitText("s-done", "本人確認ができました");
        browser.screenshot("kiosk-done");
        agent.remove(BrowserAgent.R0);
        browser.waitText("s-start", "マイナンバーカードを置いてください");
    }

    @Test
    void theLastTryNeedsExplicitConfirmationAndABlockedPinPointsToTheMunicipalOffice() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.waitText("tries", "あと3回");
        browser.pinPad("9999");
        browser.waitText("tries", "あと2回");
        browser.pinPad("9999");
        browser.waitText("s-confirm", "暗証番号の入力は残り1回です");
        assertTrue(browser.visibleText("s-confirm").contains("残り1回です"));
        browser.screenshot("kiosk-last-try");
        browser.clickButton("はい、入力します");
        browser.waitText("tries", "あと1回");
        browser.pinPad("9999");
        browser.waitText("s-blocked", "暗証番号がロックされています");
        assertTrue(browser.visibleText("s-blocked").contains("市区町村の窓口"), browser.visibleText("s-blocked"));
        browser.screenshot("kiosk-blocked");
    }

    @Test
    void decliningTheLastTrySendsNothingAndReturnsToStart() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.pinPad("9999");
        browser.waitText("tries", "あと2回");
        browser.pinPad("9999");
        browser.waitText("s-confirm", "残り1回");
        browser.clickButton("やめる");
        browser.waitText("s-start", "マイナンバーカードを置いてください");
        browser.clickButton("開始する");
        browser.waitText("s-confirm", "残り1回"); // still one try left: nothing was spent
    }

    @Test
    void theKeyboardWorksAsWellAsTouch() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.waitText("tries", "あと3回");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys("1299")
                .sendKeys(org.openqa.selenium.Keys.BACK_SPACE, org.openqa.selenium.Keys.BACK_SPACE)
                .sendKeys("34").sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waitText("s-done", "本人確認ができました");
    }

    @Test
    void anAlreadyBlockedCardGoesStraightToTheExplanation() throws Exception {
        insertCard("/kiosk.html", "auth-blocked");
        browser.waitText("s-blocked", "市区町村の窓口");
    }

    @Test
    void pullingTheCardMidFlowReturnsToTheStart() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.waitText("tries", "あと3回");
        browser.typeOnPad("12");
        agent.remove(BrowserAgent.R0);
        browser.waitText("start-message", "カードが取り外されたため");
        browser.waitText("s-start", "マイナンバーカードを置いてください");
    }

    @Test
    void aCardSwappedMidFlowStartsOverWithTheNewCard() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.waitText("tries", "あと3回");
        browser.typeOnPad("12");
        agent.insert(BrowserAgent.R0, "auth-blocked"); // one step: the reader is never seen empty
        browser.waitText("s-blocked", "市区町村の窓口");
    }

    @Test
    void aSlowCardShowsProgressAndACardPulledDuringTheOperationReturnsToStart() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.waitText("tries", "あと3回");
        agent.faults(BrowserAgent.R0, "delay:150ms,remove-at:4");
        browser.pinPad("1234");
        browser.waitText("s-working", "本人確認をしています");
        browser.waitText("start-message", "カードが取り外されたため");
    }

    @Test
    void aSlowCardShowsItsProgressStepByStep() throws Exception {
        insertCard("/kiosk.html", "adult");
        browser.waitText("tries", "あと3回");
        agent.faults(BrowserAgent.R0, "delay:250ms");
        browser.pinPad("1234");
        browser.waitText("s-working", "本人確認をしています");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage("no step count shown while the card works")
                .until(d -> browser.visibleText("progress-text").matches("\\d+ / \\d+"));
        browser.waitText("s-done", "本人確認ができました");
    }

    @Test
    void aRevokedCertificateIsNeverCongratulatedAndTheCustomerIsToldWhatToDo() throws Exception {
        authenticate("/kiosk.html", "revoked");
        browser.waitText("s-refused", "失効しています");
        assertFalse(browser.pageText().contains("本人確認ができました"), browser.pageText());
        assertTrue(browser.visibleText("refused-next").contains("市区町村の窓口"), browser.visibleText("refused-next"));
        browser.screenshot("kiosk-revoked");
    }

    @Test
    void anExpiredCertificateIsNeverCongratulated() throws Exception {
        authenticate("/kiosk.html", "expired");
        browser.waitText("s-refused", "有効ではありません");
        assertFalse(browser.pageText().contains("本人確認ができました"), browser.pageText());
        assertTrue(browser.visibleText("refused-next").contains("更新"), browser.visibleText("refused-next"));
    }

    @Test
    void inTokenModeTheResultFollowsTheBackEndsDecision() throws Exception {
        try (ExampleBackEnd accepting = new ExampleBackEnd(agent.base());
                ExampleBackEnd elsewhere = new ExampleBackEnd("https://bank.example")) {
            authenticate("/kiosk.html?backend=" + accepting.base(), "adult");
            browser.waitText("s-done", "本人確認ができました");
            agent.remove(BrowserAgent.R0);

            // a back end that expects another origin refuses the token: the kiosk must say so
            authenticate("/kiosk.html?backend=" + elsewhere.base(), "adult");
            browser.waitText("s-refused", "受け付けられませんでした");
            assertTrue(browser.visibleText("refused-next").contains("係員"), browser.visibleText("refused-next"));
            assertFalse(browser.pageText().contains("本人確認ができました"));
        }
    }

    @Test
    void idleTimeoutReturnsToTheStart() throws Exception {
        insertCard("/kiosk.html?idle=2", "adult");
        browser.waitText("tries", "あと3回");
        browser.waitText("start-message", "一定時間操作がなかったため");
    }
}
