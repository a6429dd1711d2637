package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.apdu.ErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The accessibility pass: contrast of every visible text (computed from the rendered styles), keyboard-only use
 * of the PIN pad and every button, {@code lang} per language, and Japanese words (no raw codes) for every error.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@Tag("browser")
class AccessibilityTest extends PageTestSupport {
    @BeforeAll
    static void start() throws Exception {
        open(1366, 768);
    }

    @Test
    void everyTextOfEveryPageHasAContrastOfAtLeast4point5() throws Exception {
        agent.insert(BrowserAgent.R0, "expired");
        browser.go("/index.html");
        Contrast.assertAllTextReadable(browser, "index");
        browser.go("/console.html");
        browser.waitText("link", "接続済み");
        Contrast.assertAllTextReadable(browser, "console");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        Contrast.assertAllTextReadable(browser, "counter, no card read");
        browser.id("codeb-panel").findElement(org.openqa.selenium.By.cssSelector("input[value=digits]")).click();
        browser.id("codeb-digits").sendKeys("45110320249753");
        browser.clickButton("読み取る");
        browser.waitText("validity", "有効期限切れ");
        browser.id("checks-toggle").click();
        Contrast.assertAllTextReadable(browser, "counter, expired card");
        browser.id("codeb-digits").sendKeys("1");
        browser.clickButton("読み取る");
        browser.waitText("message", "14桁");
        Contrast.assertAllTextReadable(browser, "counter, error message");
        browser.clickButton("確認の履歴");
        browser.waitVisible("history-rows");
        Contrast.assertAllTextReadable(browser, "counter, history");
        browser.clickButton("閉じる");
        agent.remove(BrowserAgent.R0);
        browser.go("/kiosk.html");
        browser.waitText("link", "接続済み");
        Contrast.assertAllTextReadable(browser, "kiosk start");
        agent.insert(BrowserAgent.R0, "revoked");
        browser.waitText("tries", "あと3回");
        Contrast.assertAllTextReadable(browser, "kiosk PIN");
        browser.pinPad("1234");
        browser.waitText("s-refused", "失効");
        Contrast.assertAllTextReadable(browser, "kiosk refused");
    }

    @Test
    void theCounterIsUsableWithTheKeyboardAloneAndEveryButtonIsReachable() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/counter.html");
        browser.waitText("card-state", "カードがあります");
        Set<String> reached = new HashSet<>();
        tabUntil("tab-pin", reached);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitVisible("pinpad");
        tabUntil("key-5", reached); // a digit key of the pad, pressed with Enter, types that digit
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitText("pinpad", "● ○ ○ ○");
        new Actions(browser.driver()).sendKeys(Keys.BACK_SPACE).sendKeys("1234").sendKeys(Keys.ESCAPE)
                .sendKeys("1234").perform();
        tabUntil("key-ok", reached);
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        browser.waitText("f-name", "試験");
        for (int i = 0; i < 60; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            reached.add(activeId());
        }
        List<String> missed = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> buttons = (List<String>) browser.js("return [...document.querySelectorAll('button')]"
                + ".filter((b) => b.getClientRects().length && !b.disabled && !b.closest('#pinpad'))"
                + ".map((b) => b.id || b.textContent)");
        for (String b : buttons) {
            if (!reached.contains(b)) {
                missed.add(b);
            }
        }
        assertEquals(List.of(), missed, "buttons the Tab key never reached");
    }

    private static String activeId() {
        return String.valueOf(browser.js("const a = document.activeElement;"
                + "return a.dataset.key ? 'key-' + a.dataset.key : a.id || a.textContent"));
    }

    private static void tabUntil(String id, Set<String> reached) {
        for (int i = 0; i < 80; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            String active = activeId();
            reached.add(active);
            if (active.equals(id)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + id + "; reached " + reached);
    }

    @Test
    void theTextIsSetInAProportionalFaceNotAMonospacedOne() {
        for (String page : List.of("/index.html", "/counter.html", "/kiosk.html")) {
            browser.go(page);
            Number[] widths = ((List<?>) browser.js("""
                    const width = (text) => { const s = document.createElement('span'); s.textContent = text;
                      document.querySelector('h1').append(s); const w = s.getBoundingClientRect().width; s.remove(); return w; };
                    return [width('iiiiiiiiii'), width('MMMMMMMMMM')];""")).toArray(Number[]::new);
            assertTrue(widths[0].doubleValue() < 0.7 * widths[1].doubleValue(),
                    page + ": i and M are as wide as each other (" + widths[0] + ", " + widths[1]
                            + "): a monospaced face");
        }
    }

    @Test
    void langFollowsTheLanguageAndTheIndexMarksItsEnglish() {
        browser.go("/counter.html");
        browser.waitText("link", "接続済み");
        assertEquals("ja", browser.id("lang").findElement(org.openqa.selenium.By.xpath("/html")).getAttribute("lang"));
        browser.clickButton("English");
        browser.waitText("link", "connected");
        assertEquals("en", browser.js("return document.documentElement.lang"));
        browser.go("/index.html");
        Number unmarked = (Number) browser.js("return [...document.querySelectorAll('.muted')]"
                + ".filter((e) => /^[A-Za-z]/.test(e.textContent.trim()) && e.closest('[lang]').lang !== 'en').length");
        assertEquals(0, unmarked.intValue(), "English text inside a Japanese page needs lang=en");
    }

    @Test
    void everyErrorCodeOfTheAgentHasJapaneseAndEnglishWordsAndNoRawCode() {
        browser.go("/index.html");
        List<String> codes = Stream.concat(Stream.of(AgentCode.values()).map(Enum::name),
                Stream.of(ErrorCode.values()).map(Enum::name)).distinct().toList();
        @SuppressWarnings("unchecked")
        List<List<String>> words = (List<List<String>>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const codes = arguments[0];
                import("/js/ui.js").then((u) => {
                  const out = [];
                  const mapped = u.errorCodesInWords();
                  for (const code of codes) out.push([code, u.errorText({ code, triesLeft: 2 }), mapped.includes(code) ? 'mapped' : 'unmapped']);
                  const toEnglish = document.createElement('button');
                  u.bindLanguageSwitch(toEnglish);
                  toEnglish.click();
                  out.forEach((row) => row.push(u.errorText({ code: row[0], triesLeft: 2 })));
                  done(out);
                });""", codes);
        for (List<String> w : words) {
            assertEquals("mapped", w.get(2), w.get(0) + " has no words of its own");
            assertFalse(w.get(1).matches("(?s).*[A-Z]{2,}_[A-Z_]+.*"), w.get(0) + ": raw code shown: " + w.get(1));
            assertFalse(w.get(1).matches("(?s).*\\b[a-z]{3,}\\b.*"),
                    w.get(0) + ": English in Japanese mode: " + w.get(1));
            assertTrue(w.get(1).matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"), w.get(0) + ": " + w.get(1));
            assertTrue(w.get(3).matches("(?s).*\\b[A-Za-z]{3,}\\b.*") && !w.get(3).contains(w.get(0)),
                    w.get(0) + ": English words: " + w.get(3));
        }
    }
}
