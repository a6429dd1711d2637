package dev.mynumber.agent.browser;

import org.openqa.selenium.support.ui.Select;

/** The counter page's 照合番号B form, filled in as staff do it (昭和 era picker, year, month, day, expiry, code). */
final class CounterForm {
    private CounterForm() {
    }

    /** Clears the parts, types a 昭和 birth date, the expiry year and the security code, and presses 読み取る. */
    static void readWithCodeB(Browser browser, String yy, String mm, String dd, String expiry, String code) {
        new Select(browser.id("era")).selectByVisibleText("昭和");
        for (String id : new String[] {"era-year", "era-month", "era-day", "expiry-year", "security-code"}) {
            browser.id(id).clear();
        }
        browser.id("era-year").sendKeys(yy);
        browser.id("era-month").sendKeys(mm);
        browser.id("era-day").sendKeys(dd);
        browser.id("expiry-year").sendKeys(expiry);
        browser.id("security-code").sendKeys(code);
        browser.clickButton("読み取る");
    }
}
