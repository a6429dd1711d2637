package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.AuthTokenVerdict;
import dev.mynumber.verifier.AuthTokenVerifier;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.InMemoryNonceStore;
import dev.mynumber.verifier.TrustAnchors;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/**
 * The JavaScript client library in the browser: typed errors with the agent's codes, origin-bound tokens that
 * verify on the server, and the pairing of an allow-listed foreign origin (a page served by a second local
 * server) confirmed in the agent's own page.
 */
@Tag("browser")
class JsClientTest {
    private static CrossOrigin setup;
    private static SecondOrigin foreign;
    private static BrowserAgent agent;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        setup = CrossOrigin.start(
                exchange -> SecondOrigin.reply(exchange, SecondOrigin.HTML, foreignPage(agent.base())), 1024, 768);
        foreign = setup.site;
        agent = setup.agent;
        browser = setup.browser;
    }

    @AfterAll
    static void stop() {
        if (setup != null) {
            setup.close();
        }
    }

    /** A kiosk vendor's page on an allow-listed origin that pairs with the agent and lists readers. */
    private static String foreignPage(String agentBase) {
        return """
                <!DOCTYPE html><meta charset="utf-8"><title>vendor kiosk</title>
                <p>code: <span id="code"></span></p><p id="status">pairing…</p>
                <script type="module">
                import { AgentClient } from "AGENT/js/mynumber-agent.js";
                const agent = await AgentClient.pair("AGENT", { pollMillis: 200,
                  onCode: (code) => { document.getElementById("code").textContent = code; } });
                const readers = await agent.readers();
                document.getElementById("status").textContent = "paired: " + readers.length + " readers";
                </script>
                """.replace("AGENT", agentBase);
    }

    @Test
    void errorsAreTypedWithTheAgentsCodesAndTriesLeft() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/index.html");
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import("/js/mynumber-agent.js").then(async (m) => {
                  const c = await m.AgentClient.ownPage();
                  const out = [];
                  for (const pin of ["12", "9999"]) {
                    try { await c.authenticate("simulated-reader-0", { pin, challenge: new Uint8Array(32) }); out.push("ok"); }
                    catch (e) { out.push(`${e instanceof m.AgentError}:${e.code}:${e.status}:${e.triesLeft ?? "-"}`); }
                  }
                  done(out.join(" "));
                });
                """);
        assertEquals("true:INVALID_PIN_FORMAT:400:- true:WRONG_PIN:422:2", result);
    }

    /**
     * Token mode from a page: the token is bound to the page's origin and verifies with the server library for
     * that origin and nonce only; a short nonce and another origin are typed errors before any APDU.
     */
    @Test
    void aTokenFromThePageVerifiesOnTheServerForThePagesOriginOnly() throws Exception {
        agent.insert(BrowserAgent.R0, "adult");
        browser.go("/index.html");
        InMemoryNonceStore nonces = new InMemoryNonceStore(Clock.systemUTC(), Duration.ofMinutes(5));
        byte[] nonce = nonces.issue();
        String reply = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const nonce = arguments[0];
                import("/js/mynumber-agent.js").then(async (m) => {
                  const c = await m.AgentClient.ownPage();
                  const errors = [];
                  for (const bad of [{ nonce: new Uint8Array(8) }, { nonce, origin: "https://bank.example" }]) {
                    try { await c.authenticate("simulated-reader-0", { pin: "1234", ...bad }); errors.push("ok"); }
                    catch (e) { errors.push(`${e instanceof m.AgentError}:${e.code}`); }
                  }
                  const r = await c.authenticate("simulated-reader-0", { pin: "1234", nonce });
                  done(JSON.stringify({ errors, origin: r.origin, page: location.origin, token: r.token }));
                }).catch((e) => done(String(e)));
                """, Base64.getEncoder().encodeToString(nonce));
        JsonNode json = new ObjectMapper().readTree(reply);
        assertEquals("[\"true:INVALID_ARGUMENT\",\"true:BAD_REQUEST\"]", json.path("errors").toString(), reply);
        String origin = json.path("page").asText();
        assertEquals(origin, json.path("origin").asText(), "the token is bound to the page's own origin");
        AuthToken token = new ObjectMapper().treeToValue(json.path("token"), AuthToken.class);
        CertificateVerifier certificates = new CertificateVerifier(TrustAnchors.of(TestPki.get().authRoot()),
                CrlStore.of(SimulatedCrls.authCrl()), Clock.systemUTC());

        AuthTokenVerdict elsewhere = new AuthTokenVerifier(certificates, new InMemoryNonceStore(Clock.systemUTC(),
                Duration.ofMinutes(5)), "https://bank.example").verify(token, nonce);
        AuthTokenVerdict here = new AuthTokenVerifier(certificates, nonces, origin).verify(token, nonce);

        assertEquals(CertificateStatus.INVALID, elsewhere.status(), "another site cannot use the token");
        assertEquals(CertificateStatus.VALID, here.status(), here.toString());
    }

    @Test
    void eraDatesMatchTheCalendar() {
        browser.go("/index.html");
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import("/js/ui.js").then((u) => done([
                  u.fromEra("reiwa", 1, 5, 1), u.fromEra("heisei", 31, 4, 30), u.fromEra("heisei", 31, 5, 1),
                  u.fromEra("showa", 64, 1, 7), u.fromEra("showa", 1, 12, 25), u.fromEra("showa", 1, 12, 24),
                  u.fromEra("meiji", 1, 1, 25), u.fromEra("showa", 60, 2, 30),
                  u.toJapaneseDate("2019-05-01"), u.toJapaneseDate("1985-04-12"), u.toJapaneseDate("1989-01-07"),
                ].join(" ")));
                """);
        assertEquals("2019-05-01 2019-04-30  1989-01-07 1926-12-25  1868-01-25  令和元年5月1日 昭和60年4月12日"
                + " 昭和64年1月7日", result);
    }

    /** The sentence under the overall verdict tells "issuer not verified" apart by the verdict's reasonCode. */
    @Test
    void theVerdictExplanationNamesAMissingIssuerKey() {
        browser.go("/index.html");
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const v = (verdict, reasonCode) => ({ verdict, reasonCode, checks: [] });
                import("/js/ui.js").then((u) => done([
                  v("VERIFIED", "ALL_CHECKS_PASSED"), v("REJECTED", "CHECK_FAILED"),
                  v("NOT_VERIFIED", "ISSUER_NOT_VERIFIED"), v("NOT_VERIFIED", "CHECKS_INCOMPLETE"),
                ].map(u.verdictReason).join(" ")));
                """);
        assertEquals("VERIFIED REJECTED ISSUER_NOT_VERIFIED NOT_CHECKED", result);
    }

    @Test
    void anAllowListedOriginPairsAfterTheUserConfirmsTheSameCodeInTheAgentsPage() {
        String vendor = foreign.origin("127.0.0.1") + "/";
        browser.driver().get(vendor);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.visibleText("code").matches("\\d{6}"));
        String code = browser.visibleText("code");
        String vendorWindow = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.go("/agent/pairing.html");
        browser.waitText("pending", code);
        String page = browser.pageText();
        assertTrue(page.indexOf("Webサイトがカードリーダー") < page.indexOf("A web site asks"), "Japanese first: " + page);
        assertTrue(page.contains("許可する / Allow"), "Japanese first on the button: " + page);
        try {
            browser.screenshot("pairing");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.clickButton("許可する");
        browser.driver().close();
        browser.driver().switchTo().window(vendorWindow);
        browser.waitText("status", "paired: 2 readers");
    }
}
