package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The JavaScript client's connect in real Chromium tells apart why a web page cannot use the agent, each with
 * its own code and fix: the browser's Local Network Access block, an origin not allow-listed, an agent that is
 * not running, and an agent of another API major version. The vendor's page (with its own copy of the client)
 * is served by a second local server; Chromium's address-space override makes that server "public".
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Tag("browser")
class AgentConnectTest {
    private static final String SCRIPT = """
            const done = arguments[arguments.length - 1];
            import("/js/mynumber-agent.js").then(async (m) => {
              try { done("OK " + (await new m.AgentClient({ baseUrl: arguments[0] }).connect()).apiVersion); }
              catch (e) { done(`${e.code}|${e.hint}`); }
            }).catch((e) => done(String(e)));
            """;
    private static CrossOrigin setup;
    private static SecondOrigin vendor;
    private static BrowserAgent agent;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        setup = CrossOrigin.start(AgentConnectTest::serve, 800, 600);
        vendor = setup.site;
        agent = setup.agent;
        browser = setup.browser;
    }

    @AfterAll
    static void stop() {
        if (setup != null) {
            setup.close();
        }
    }

    @Test
    void anAllowListedOriginConnectsAndSeesTheApiVersion() {
        assertEquals("OK 1.0", connect(browser, vendor.origin("127.0.0.1"), agent.base()));
    }

    @Test
    void anOriginMissingFromTheAllowListIsToldSo() {
        String reply = connect(browser, vendor.origin("localhost"), agent.base());
        assertTrue(reply.startsWith("FORBIDDEN_ORIGIN|") && reply.contains("allowedOrigins"), reply);
    }

    @Test
    void anAgentThatIsNotRunningIsToldSo() throws IOException {
        int dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        String reply = connect(browser, vendor.origin("127.0.0.1"), "http://127.0.0.1:" + dead);
        assertTrue(reply.startsWith("AGENT_NOT_RUNNING|") && reply.contains("systemctl --user start"), reply);
    }

    @Test
    void anAgentOfAnotherApiMajorIsIncompatible() {
        String reply = connect(browser, vendor.origin("127.0.0.1"), vendor.origin("127.0.0.1") + "/agent-v2");
        assertTrue(reply.startsWith("AGENT_VERSION_INCOMPATIBLE|"), reply);
    }

    @Test
    void aPublicPageBlockedByLocalNetworkAccessIsToldHowToAllowIt() {
        int port = vendor.port();
        try (Browser lna = Browser.open(agent.base(), 800, 600,
                "--ip-address-space-overrides=127.0.0.1:" + port + "=public",
                "--host-resolver-rules=MAP vendor.test 127.0.0.1")) {
            String reply = connect(lna, "http://vendor.test:" + port, agent.base());
            assertTrue(reply.startsWith("LOCAL_NETWORK_BLOCKED|") && reply.contains("LoopbackNetworkAllowedForUrls"),
                    reply);
        }
    }

    private static String connect(Browser in, String pageOrigin, String agentBase) {
        in.driver().get(pageOrigin + "/page.html");
        return (String) ((JavascriptExecutor) in.driver()).executeAsyncScript(SCRIPT, agentBase);
    }

    /** The vendor's server: a page, its copy of the client, and a fake agent of API 2 under /agent-v2. */
    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/js/mynumber-agent.js")) {
            try (InputStream in = AgentConnectTest.class.getResourceAsStream("/public/js/mynumber-agent.js")) {
                SecondOrigin.reply(exchange, "text/javascript; charset=utf-8", in.readAllBytes());
            }
        } else if (path.equals("/agent-v2/api/v1/health")) {
            SecondOrigin.reply(exchange, "application/json",
                    "{\"status\":\"ok\",\"version\":\"9.0.0\",\"apiVersion\":\"2.0\"}");
        } else {
            SecondOrigin.reply(exchange, SecondOrigin.HTML,
                    "<!DOCTYPE html><meta charset=\"utf-8\"><title>vendor</title><p>vendor page</p>");
        }
    }
}
