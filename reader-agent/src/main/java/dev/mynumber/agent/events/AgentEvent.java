package dev.mynumber.agent.events;

import java.util.Map;

/**
 * One event pushed to clients: reader attached/detached, card inserted/removed, progress, pin-status.
 *
 * <p>Payloads never carry personal data: reader names, card types, step names and retry counters only.
 *
 * @param type the SSE event name, e.g. {@code card-inserted}
 * @param data the JSON payload
 */
public record AgentEvent(String type, Map<String, Object> data) {
    /** Event name: a reader appeared. */
    public static final String READER_ATTACHED = "reader-attached";
    /** Event name: a reader disappeared. */
    public static final String READER_DETACHED = "reader-detached";
    /** Event name: a card was inserted (with its detected type). */
    public static final String CARD_INSERTED = "card-inserted";
    /** Event name: a card was removed; clients wipe what they show of it. */
    public static final String CARD_REMOVED = "card-removed";
    /** Event name: a step of a running operation. */
    public static final String PROGRESS = "progress";
    /** Event name: PIN counters after a PIN operation. */
    public static final String PIN_STATUS = "pin-status";

    /** Copies the payload. */
    public AgentEvent {
        data = Map.copyOf(data);
    }
}
