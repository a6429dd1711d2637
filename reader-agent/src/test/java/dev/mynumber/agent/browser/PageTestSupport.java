package dev.mynumber.agent.browser;

import org.junit.jupiter.api.AfterAll;

/**
 * The agent (simulator mode) and one Chromium window shared by the tests of one page class.
 *
 * <p>Each page test opens them in its own {@code @BeforeAll} with {@link #open} (window sizes differ per page);
 * they are closed after the class.
 */
abstract class PageTestSupport {
    static BrowserAgent agent;
    static Browser browser;

    /** Starts the agent and a window of the given size. */
    static void open(int width, int height) throws Exception {
        agent = BrowserAgent.start();
        browser = Browser.open(agent.base(), width, height);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (agent != null) {
            agent.close();
            agent = null;
        }
    }
}
