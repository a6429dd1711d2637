package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.apdu.ErrorCode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JavaScript client's {@code ErrorCode} holds every code the agent can answer (the agent's and the card's
 * error enums), so the client and the service share one vocabulary, checked in the build; the client's own
 * codes (network causes, aborts) are the only extra ones.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientErrorCodesTest {
    private static final Pattern ENTRY = Pattern.compile("^\\s+([A-Z][A-Z0-9_]+): \"([A-Z][A-Z0-9_]+)\",$",
            Pattern.MULTILINE);
    /** Codes only the browser client produces (it could not reach the agent, or the caller aborted). */
    private static final Set<String> CLIENT_ONLY = Set.of("AGENT_NOT_RUNNING", "LOCAL_NETWORK_BLOCKED",
            "AGENT_VERSION_INCOMPATIBLE", "ABORTED");

    @Test
    void theJavaScriptClientKnowsEveryCodeTheAgentAnswersAndNoOther() throws Exception {
        String js;
        try (InputStream in = ClientErrorCodesTest.class.getResourceAsStream("/public/js/mynumber-agent.js")) {
            assertNotNull(in, "mynumber-agent.js on the classpath (web-client)");
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String block = js.substring(js.indexOf("export const ErrorCode"),
                js.indexOf("});", js.indexOf("export const ErrorCode")));
        Set<String> client = new TreeSet<>();
        for (Matcher m = ENTRY.matcher(block); m.find();) {
            assertEquals(m.group(1), m.group(2), "an ErrorCode entry's value is its name");
            client.add(m.group(1));
        }
        Set<String> agent = new TreeSet<>(Stream.concat(Stream.of(AgentCode.values()), Stream.of(ErrorCode.values()))
                .map(Enum::name).toList());
        Set<String> expected = new TreeSet<>(agent);
        expected.addAll(CLIENT_ONLY);
        assertEquals(expected, client, "mynumber-agent.js ErrorCode vs AgentCode + apdu ErrorCode + client-only codes");
    }
}
