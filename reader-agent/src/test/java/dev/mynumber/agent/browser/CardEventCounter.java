package dev.mynumber.agent.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Counts the agent's {@code card-inserted} events per reader id, read from its own event stream. */
final class CardEventCounter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Integer> inserted = new ConcurrentHashMap<>();
    private CompletableFuture<?> stream;

    private CardEventCounter() {
    }

    /** Opens the stream; returns once the agent said {@code hello}, so no later event is missed. */
    static CardEventCounter follow(String base, String token) {
        CardEventCounter counter = new CardEventCounter();
        CompletableFuture<Void> hello = new CompletableFuture<>();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/events?access_token=" + token))
                .header("Accept", "text/event-stream").build();
        counter.stream = HttpClient.newHttpClient().sendAsync(req, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> {
                    try (Stream<String> lines = r.body()) {
                        String[] event = {""};
                        lines.forEach(line -> counter.line(line, event, hello));
                    }
                });
        hello.orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join();
        return counter;
    }

    private void line(String line, String[] event, CompletableFuture<Void> hello) {
        if (line.startsWith("event: ")) {
            event[0] = line.substring(7);
            if (event[0].equals("hello")) {
                hello.complete(null);
            }
        } else if (line.startsWith("data: ") && event[0].equals("card-inserted")) {
            try {
                String id = JSON.readTree(line.substring(6)).get("id").asText();
                synchronized (this) {
                    inserted.merge(id, 1, Integer::sum);
                    notifyAll();
                }
            } catch (IOException e) {
                throw new IllegalStateException("bad card-inserted event: " + line, e);
            }
        }
    }

    /** The number of {@code card-inserted} events seen for a reader. */
    int inserted(String reader) {
        return inserted.getOrDefault(reader, 0);
    }

    /** Waits (5 s at most) until a reader's {@code card-inserted} count reaches {@code count}. */
    synchronized void awaitInserted(String reader, int count) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (inserted(reader) < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new IOException("the agent did not announce the card in " + reader);
            }
            wait(left);
        }
    }

    @Override
    public void close() {
        stream.cancel(true);
    }
}
