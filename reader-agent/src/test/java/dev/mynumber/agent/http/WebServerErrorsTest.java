package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mynumber.agent.support.RawHttp;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** A body cut short and the web server's own refusals answer {@code {code, message}} JSON, never HTML or 500. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebServerErrorsTest {
    private static final String AUTH = "Bearer " + TestAgent.TOKEN;

    @Test
    void aBodyCutShortIsABadRequestWithAOneLineLog() {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        int opens = agent.transports.opens();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            JavalinTest.test(agent.app, (server, client) -> {
                String host = "127.0.0.1:" + server.port();
                RawHttp.Answer a = RawHttp.send(server.port(), RawHttp.request(
                        "POST /api/v1/readers/sim-0/card-info HTTP/1.1", "{\"pin\":\"12",
                        "Host", host, "Authorization", AUTH, "Content-Type", "application/json",
                        "Content-Length", "200"), true);
                assertEquals(400, a.status(), a.head() + a.body());
                assertTrue(a.isJsonError(), a.body());
                assertEquals("BAD_REQUEST", a.code());
            });
        } finally {
            root.detachAppender(log);
        }
        assertTrue(log.list.stream().noneMatch(e -> e.getThrowableProxy() != null),
                "no stack trace: " + log.list);
        assertEquals(opens, agent.transports.opens());
    }

    @Test
    void theWebServersOwnErrorsAreJson() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            int port = server.port();
            String host = "127.0.0.1:" + port;
            check(port, RawHttp.request("GET /api/v1/health HTTP/1.1", null, "Host", host, "Bad Header", "x"),
                    400, "BAD_REQUEST");
            check(port, RawHttp.request("GET /api/v1/health HTTP/1.1", null, "Host", host, "Content-Length", "x"),
                    400, "BAD_REQUEST");
            check(port, RawHttp.request("GET /api/v1/" + "a".repeat(20_000) + " HTTP/1.1", null, "Host", host),
                    414, "REQUEST_TOO_LARGE");
            check(port, RawHttp.request("GET /api/v1/health HTTP/1.1", null, "Host", host, "X-Big",
                    "b".repeat(20_000)), 431, "REQUEST_TOO_LARGE");
            check(port, RawHttp.request("GET /api/v1/health HTTP/7.0", null, "Host", host), 505, "BAD_REQUEST");
            check(port, RawHttp.request("POST /api/v1/readers/sim-0/sign HTTP/1.1", "{}", "Host", host,
                    "Authorization", AUTH, "Content-Length", String.valueOf(100L * 1024 * 1024)),
                    413, "REQUEST_TOO_LARGE");
        });
    }

    private static void check(int port, byte[] request, int status, String code) throws java.io.IOException {
        RawHttp.Answer a = RawHttp.send(port, request, false);
        assertEquals(status, a.status(), "[" + a.head() + "]\n" + a.body());
        assertTrue(a.isJsonError(), a.head() + "\n" + a.body());
        assertEquals(code, a.code());
    }
}
