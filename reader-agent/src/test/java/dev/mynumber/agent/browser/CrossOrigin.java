package dev.mynumber.agent.browser;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;

/**
 * The set-up of the cross-origin browser tests: a {@link SecondOrigin} serving a vendor's page, the agent with
 * that origin (as {@code 127.0.0.1}) allow-listed, and Chromium opened on the agent's own page.
 */
final class CrossOrigin implements AutoCloseable {
    final SecondOrigin site;
    final BrowserAgent agent;
    final Browser browser;

    private CrossOrigin(SecondOrigin site, BrowserAgent agent, Browser browser) {
        this.site = site;
        this.agent = agent;
        this.browser = browser;
    }

    /**
     * Starts the three; what started is stopped again if a later one fails.
     *
     * @param handler the second origin's pages (it may read the agent's address: it runs per request)
     * @param width the browser window's width
     * @param height the browser window's height
     */
    static CrossOrigin start(HttpHandler handler, int width, int height) throws IOException {
        SecondOrigin site = SecondOrigin.start(handler);
        BrowserAgent agent = null;
        try {
            agent = BrowserAgent.start(List.of(site.origin("127.0.0.1")));
            return new CrossOrigin(site, agent, Browser.open(agent.base(), width, height));
        } catch (IOException | RuntimeException | Error e) {
            if (agent != null) {
                agent.close();
            }
            site.close();
            throw e;
        }
    }

    @Override
    public void close() {
        browser.close();
        agent.close();
        site.close();
    }
}
