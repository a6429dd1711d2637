package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.support.Await;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An event-stream client that connects and never reads stalls neither card work on any reader nor the
 * other clients: a real socket with a tiny receive buffer, and enough event traffic to fill every buffer.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SlowEventClientTest {
    /** 150 events of 64 KiB: about 10 MB, more than the socket buffers of both ends hold. */
    private static final int FLOOD_EVENTS = 150;
    private static final String PADDING = "x".repeat(64 * 1024);

    @Test
    void aClientThatNeverReadsStallsNeitherCardWorkNorOtherClients() throws Exception {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.sim.insert(TestAgent.R1, "adult");
        agent.settle();
        int before = agent.events.subscriberCount();
        JavalinTest.test(agent.app, (server, client) -> {
            Queue<String> lines = new ConcurrentLinkedQueue<>();
            try (Socket stalled = open(server.port()); Socket reading = open(server.port())) {
                CompletableFuture.runAsync(() -> readLines(reading, lines));
                Await.until("both clients subscribed", Duration.ofSeconds(10),
                        () -> agent.events.subscriberCount() == before + 2);
                CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < FLOOD_EVENTS; i++) {
                        agent.events.publish(new AgentEvent("flood", Map.of("n", i, "padding", PADDING)));
                    }
                });
                flood.get(5, TimeUnit.SECONDS); // publishing never waits for a client
                Http http = new Http(server.port());
                long start = System.nanoTime();
                List<CompletableFuture<Http.Reply>> work = List.of(
                        CompletableFuture.supplyAsync(() -> http.get("/api/v1/readers/sim-0/pin-status")),
                        CompletableFuture.supplyAsync(() -> http.get("/api/v1/readers/sim-1/pin-status")));
                for (CompletableFuture<Http.Reply> w : work) {
                    assertEquals(200, w.get(10, TimeUnit.SECONDS).status());
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 5_000, "card work on two readers took " + millis + " ms");
                Await.until("the reading client got the pin-status of both readers", Duration.ofSeconds(20),
                        () -> lines.stream().filter(l -> l.startsWith("data:") && l.contains("\"pins\""))
                                .map(l -> l.contains("\"sim-0\"") ? 0 : 1).distinct().count() == 2);
            }
        });
    }

    /** Connects to the event stream with a tiny receive buffer and sends the request. */
    static Socket open(int port) throws Exception {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", port));
        String request = "GET /api/v1/events?access_token=" + TestAgent.TOKEN + " HTTP/1.1\r\nHost: localhost:"
                + port + "\r\nAccept: text/event-stream\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static void readLines(Socket s, Queue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.contains(PADDING)) {
                    lines.add(line);
                }
            }
        } catch (java.io.IOException e) {
            // the test closed the socket
        }
    }
}
