package dev.mynumber.agent.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.Agent;
import dev.mynumber.agent.AgentConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real agent started in-process with the simulator ({@code --simulator --no-pcsc}) on a free port,
 * plus the simulator controls the tests use behind the page's back (pulling a card, as a person would).
 */
final class BrowserAgent implements AutoCloseable {
    /**
     * "Today" for the cards' validity: fixed, so that the {@code adult} card (expires 2035) is valid and the
     * {@code expired} one (2024) is not, whatever the date of the run.
     */
    static final java.time.Clock TODAY = java.time.Clock.fixed(java.time.Instant.parse("2030-06-01T03:00:00Z"),
            java.time.ZoneOffset.UTC);
    /** The reader that starts with the {@code adult} card. */
    static final String R0 = "simulated-reader-0";
    private final Agent agent;
    private final String token;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private final CardEventCounter events;

    private BrowserAgent(Agent agent, String token) {
        this.agent = agent;
        this.token = token;
        this.events = CardEventCounter.follow(base(), token);
    }

    /** Starts the agent (token file in a temporary folder). */
    static BrowserAgent start() throws IOException {
        return start(List.of());
    }

    /** Starts the agent with an allow-list of foreign web origins. */
    static BrowserAgent start(List<String> allowedOrigins) throws IOException {
        Path dir = Files.createTempDirectory("browser-agent");
        Path tokenFile = dir.resolve("token");
        AgentConfig cfg = AgentConfig.defaults().withTokenFile(tokenFile).withAllowedOrigins(allowedOrigins);
        Agent agent = Agent.start(cfg, Agent.Options.on(0).withSimulator().withoutPcsc().withCardClock(TODAY));
        return new BrowserAgent(agent, Files.readString(tokenFile).trim());
    }

    /** The agent's origin. */
    String base() {
        return "http://127.0.0.1:" + agent.port();
    }

    /**
     * Inserts a fresh card of a persona in one step (a present card is swapped out, as the console does)
     * and returns once the agent has announced the new card with a {@code card-inserted} event.
     */
    void insert(String reader, String persona) throws IOException, InterruptedException {
        int before = events.inserted(reader);
        call("POST", "/simulator/readers/" + reader + "/card", "{\"persona\":\"" + persona + "\"}");
        events.awaitInserted(reader, before + 1);
    }

    /** Pulls the card (if any) and returns once the agent has seen it go. */
    void remove(String reader) throws IOException, InterruptedException {
        if (!cardPresent(reader)) {
            return;
        }
        call("DELETE", "/simulator/readers/" + reader + "/card", null);
        awaitCard(reader, false);
    }

    private void awaitCard(String reader, boolean present) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (cardPresent(reader) != present) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("the agent did not see the card " + (present ? "arrive" : "go"));
            }
            Thread.sleep(50);
        }
    }

    private boolean cardPresent(String reader) throws IOException, InterruptedException {
        JsonNode readers = JSON.readTree(call("GET", "/readers", null)).get("readers");
        for (JsonNode r : readers) {
            if (r.get("id").asText().equals(reader)) {
                return r.get("cardPresent").asBoolean();
            }
        }
        throw new IOException("no reader " + reader);
    }

    /** Spends {@code n} tries of 照合番号B with a wrong code, through the real API, as a mistyping clerk would. */
    void wrongCodeB(String reader, int n) throws IOException, InterruptedException {
        for (int i = 0; i < n; i++) {
            HttpRequest.Builder b = HttpRequest
                    .newBuilder(URI.create(base() + "/api/v1/readers/" + reader + "/card-info"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"codeB\":{\"digits\":\"60041220350000\"}}"));
            String body = http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains("WRONG_PIN")) {
                throw new IOException("expected WRONG_PIN, got " + body);
            }
        }
    }

    /** Injects a fault plan, e.g. {@code delay:300ms}. */
    void faults(String reader, String plan) throws IOException, InterruptedException {
        call("POST", "/simulator/readers/" + reader + "/faults", "{\"plan\":\"" + plan + "\"}");
    }

    private String call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/api/v1" + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IOException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    @Override
    public void close() {
        events.close();
        agent.close();
    }
}
