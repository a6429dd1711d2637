package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The developer console and the index page in real headless Chromium against the agent with the simulator. */
@Tag("browser")
class ConsolePageTest extends PageTestSupport {
    @BeforeAll
    static void start() throws Exception {
        open(1366, 900);
    }

    private void openConsole() {
        browser.go("/console.html");
        browser.waitText("link", "接続済み");
        browser.waitText("reader-rows", "Simulated Reader 0");
        new Select(browser.id("target")).selectByVisibleText("Simulated Reader 0");
    }

    @Test
    void insertsAPersonaReadsCountersAndShowsTheMaskedApduLog() throws Exception {
        openConsole();
        new Select(browser.id("persona")).selectByValue("child");
        browser.clickButton("カードを挿入");
        browser.waitText("reader-rows", "child");
        browser.waitText("events", "card-inserted");
        browser.clickButton("暗証番号の状態を読む");
        browser.waitText("pin-rows", "AUTH_PIN");
        assertTrue(browser.visibleText("pin-rows").contains("残り 3 / 3"), browser.visibleText("pin-rows"));
        browser.waitText("apdu", "0020");
        browser.waitText("events", "pin-status");
        browser.screenshot("console");
    }

    @Test
    void swappingACardShowsItsRemovalThenTheNewCard() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        openConsole();
        browser.waitText("reader-rows", "adult");
        new Select(browser.id("persona")).selectByValue("child");
        browser.clickButton("カードを挿入");
        browser.waitText("reader-rows", "child");
        browser.waitText("events", "card-removed");
        browser.waitText("events", "card-inserted");
        String events = browser.visibleText("events");
        assertTrue(events.indexOf("card-inserted") < events.indexOf("card-removed"),
                "the newest event (on top) is the new card, after the old one's removal: " + events);
    }

    @Test
    void blocksAPinAndTheCounterSaysSo() {
        openConsole();
        new Select(browser.id("persona")).selectByValue("adult");
        browser.clickButton("カードを挿入");
        browser.waitText("reader-rows", "adult");
        browser.clickButton("暗証番号の状態を読む");
        browser.waitText("pin-rows", "AUTH_PIN");
        new Select(browser.id("block-kind")).selectByValue("AUTH_PIN");
        browser.clickButton("ロックする");
        browser.waitText("result", "AUTH_PIN をロックしました");
        browser.waitText("pin-rows", "ロック中"); // the table shown follows without another read
        String log = browser.visibleText("apdu");
        assertFalse(log.contains("30303030"), "the wrong PIN bytes must be masked in the APDU log: " + log);
    }

    @Test
    void injectedFaultPullsTheCardAtTheNextOperation() throws Exception {
        openConsole();
        new Select(browser.id("persona")).selectByValue("adult");
        browser.clickButton("カードを挿入");
        browser.waitText("reader-rows", "adult");
        browser.id("fault-plan").sendKeys("remove-at:2");
        browser.clickButton("障害を注入");
        browser.waitText("result", "障害を設定しました: remove-at:2");
        browser.clickButton("暗証番号の状態を読む");
        browser.waitText("result", "CARD_REMOVED");
        browser.waitText("row-simulated-reader-0", "なし");
        String events = browser.visibleText("events");
        assertTrue(events.indexOf("card-removed") < events.indexOf("card-inserted"),
                "the newest event (on top) is the removal by the fault: " + events);
    }

    @Test
    void aBadFaultPlanShowsTheAgentsOwnMessage() {
        openConsole();
        browser.id("fault-plan").sendKeys("bogus-at:2");
        browser.clickButton("障害を注入");
        browser.waitText("result", "bad fault plan");
        assertTrue(browser.visibleText("result").contains("入力の形式が正しくありません"), browser.visibleText("result"));
    }

    @Test
    void theIndexLinksTheThreePages() throws Exception {
        browser.go("/");
        String text = browser.pageText();
        assertTrue(text.contains("窓口 本人確認") && text.contains("キオスク") && text.contains("開発者コンソール"), text);
        browser.screenshot("index");
        browser.driver().findElement(org.openqa.selenium.By.partialLinkText("窓口 本人確認")).click();
        browser.waitText("unlock-title", "カードを読み取る");
    }
}
