package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairings waiting for the user or for their origin to collect the token: bounded, rate-limited, and
 * expired by the clock at every access (an expired pairing can be neither confirmed nor collected).
 *
 * <p>Limits per origin: {@value #MAX_PENDING_PER_ORIGIN} open pairings and {@value #MAX_STARTS_PER_WINDOW}
 * requests per {@link #WINDOW}; {@value #MAX_PENDING} open pairings in all. Beyond them a request is
 * {@code RATE_LIMITED} and {@link #retryAfterSeconds} says when to try again.
 */
final class Pairings {
    /** Open (unconfirmed or uncollected) pairings one origin may have. */
    static final int MAX_PENDING_PER_ORIGIN = 3;
    /** Open pairings in all. */
    static final int MAX_PENDING = 32;
    /** Pairing requests one origin may make per window. */
    static final int MAX_STARTS_PER_WINDOW = 10;
    /** The rate-limit window. */
    static final Duration WINDOW = Duration.ofMinutes(1);
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Pairing> open = new LinkedHashMap<>();
    private final Map<String, Deque<Instant>> starts = new HashMap<>();

    Pairings(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Adds a pairing if the origin is within its limits; RATE_LIMITED otherwise. */
    synchronized Pairing add(String origin, String id, String code) {
        Instant now = expire();
        Deque<Instant> recent = starts.computeIfAbsent(origin, o -> new ArrayDeque<>());
        long mine = open.values().stream().filter(p -> p.origin().equals(origin)).count();
        if (recent.size() >= MAX_STARTS_PER_WINDOW || mine >= MAX_PENDING_PER_ORIGIN || open.size() >= MAX_PENDING) {
            throw new AgentException(AgentCode.RATE_LIMITED, "too many pairing requests; retry later");
        }
        recent.addLast(now);
        Pairing p = new Pairing(id, origin, code, now, false, null);
        open.put(id, p);
        return p;
    }

    /** Seconds until the origin may ask again (at least 1). */
    synchronized long retryAfterSeconds(String origin) {
        Instant now = expire();
        Instant free = now;
        Deque<Instant> recent = starts.getOrDefault(origin, new ArrayDeque<>());
        if (recent.size() >= MAX_STARTS_PER_WINDOW) {
            free = later(free, recent.peekFirst().plus(WINDOW));
        }
        List<Pairing> mine = open.values().stream().filter(p -> p.origin().equals(origin)).toList();
        if (mine.size() >= MAX_PENDING_PER_ORIGIN || open.size() >= MAX_PENDING) {
            Pairing oldest = (mine.isEmpty() ? open.values().iterator().next() : mine.get(0));
            free = later(free, oldest.created().plus(ttl));
        }
        return Math.max(1, (Duration.between(now, free).toMillis() + 999) / 1000);
    }

    /** An open pairing, or {@code null} if unknown or expired. */
    synchronized Pairing get(String id) {
        expire();
        return open.get(id);
    }

    /** Replaces a pairing (confirmation). */
    synchronized void put(Pairing p) {
        open.put(p.id(), p);
    }

    /** Removes a pairing (its token was collected). */
    synchronized void remove(String id) {
        open.remove(id);
    }

    /** The unconfirmed ones, oldest first. */
    synchronized List<Pairing> unconfirmed() {
        expire();
        return open.values().stream().filter(p -> !p.confirmed()).toList();
    }

    /** Drops expired pairings and rate-limit entries older than the window; returns now. */
    private Instant expire() {
        Instant now = clock.instant();
        open.values().removeIf(p -> !p.created().plus(ttl).isAfter(now));
        starts.values().forEach(d -> {
            while (!d.isEmpty() && !d.peekFirst().plus(WINDOW).isAfter(now)) {
                d.pollFirst();
            }
        });
        starts.values().removeIf(Deque::isEmpty);
        return now;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
