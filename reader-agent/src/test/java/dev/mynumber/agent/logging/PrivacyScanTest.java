package dev.mynumber.agent.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.mynumber.agent.Agent;
import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.support.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The privacy scan: the agent, started as Main starts it, runs the main flows for every persona with every
 * logger at TRACE (root, Jetty, Javalin, the agent's own, the audit trail); every log line and every file the
 * run left in its temporary folder (the token file excepted: it is the token's one home) is searched for the
 * personas' PINs, passwords, 照合番号, My Numbers, names, addresses and birth dates and for every bearer token
 * handed out. Zero hits.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PrivacyScanTest {
    private static final List<String> LOUD = List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "org.eclipse.jetty",
            "io.javalin", "dev.mynumber", "dev.mynumber.agent.audit", "dev.mynumber.agent.apdu");
    private static final String ALLOWED = "https://kiosk.example.jp";

    @TempDir
    Path dir;

    @Test
    void mainFlowsAtTheMostVerboseLevelLeakNothing() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Map<String, Level> saved = new HashMap<>();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        for (String name : LOUD) {
            Logger logger = context.getLogger(name);
            saved.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE);
            logger.addAppender(captured);
        }
        java.util.Set<Path> tmpBefore = tmpEntries();
        PrivacyFlows flows;
        try (Agent agent = Agent.start(AgentConfig.defaults().withTokenFile(dir.resolve("token"))
                .withAllowedOrigins(List.of(ALLOWED)), Agent.Options.on(0).withSimulator().withoutPcsc())) {
            String token = Files.readString(dir.resolve("token")).trim();
            flows = new PrivacyFlows(new Http(agent.port()), agent.port(), token, ALLOWED);
            flows.run();
        } finally {
            for (String name : LOUD) {
                context.getLogger(name).setLevel(saved.get(name));
                context.getLogger(name).detachAppender(captured);
            }
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : List.copyOf(captured.list)) {
            lines.add(e.getLoggerName() + " " + e.getLevel() + " " + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        List<String> files = files(tmpBefore);
        PrivacyTerms terms = PrivacyTerms.ofBuiltInPersonas(flows.tokens());
        List<String> hits = new ArrayList<>();
        lines.forEach(line -> hits.addAll(terms.find("log", line)));
        for (String file : files) {
            hits.addAll(terms.find(file, Files.readString(Path.of(file), StandardCharsets.ISO_8859_1)));
            hits.addAll(terms.find(file, Files.readString(Path.of(file), StandardCharsets.UTF_8)));
        }
        System.out.printf("privacy scan: %d requests, %d log lines, %d files, %d terms, hits=%d%n",
                flows.requests(), lines.size(), files.size(), terms.size(), hits.size());
        assertTrue(lines.size() > 20, "the flows must have logged something to scan: " + lines.size());
        assertEquals(List.of(), hits.stream().limit(20).toList());
    }

    /**
     * Every regular file under the test's folder except the token file, and under any new entry of the
     * system's temporary folder that the web server or the agent may have made (jetty*, javalin*, *agent*).
     */
    private List<String> files(java.util.Set<Path> tmpBefore) throws IOException {
        List<Path> roots = new ArrayList<>(List.of(dir));
        for (Path p : tmpEntries()) {
            String name = p.getFileName().toString();
            if (!tmpBefore.contains(p) && name.matches("(?i).*(jetty|javalin|agent|mynumber).*")) {
                roots.add(p);
            }
        }
        List<String> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> all = Files.walk(root)) {
                all.filter(Files::isRegularFile).filter(p -> !p.equals(dir.resolve("token")))
                        .map(Path::toString).forEach(out::add);
            }
        }
        return out;
    }

    private static java.util.Set<Path> tmpEntries() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.collect(java.util.stream.Collectors.toSet());
        }
    }
}
