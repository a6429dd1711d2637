package dev.mynumber.agent.http;

import dev.mynumber.agent.usecase.CardService;
import dev.mynumber.agent.pin.PinStatusReport;
import dev.mynumber.agent.usecase.Progress;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.ReaderSlot;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MyNumberCard;
import java.time.Duration;
import java.util.Map;

/**
 * Runs one use case on a reader: on its thread, with progress events, PIN counters pushed after PIN
 * operations, an audit line, and the card reset afterwards (by the reader layer).
 */
public final class CardOperations {
    private final ReaderManager readers;
    private final EventBus events;
    private final CardService service;
    private final AuditLog audit;
    private final OperationListener listener;

    /**
     * Creates the runner.
     *
     * @param readers the readers
     * @param events where progress and pin-status go
     * @param service the use cases
     * @param audit the audit trail
     */
    public CardOperations(ReaderManager readers, EventBus events, CardService service, AuditLog audit) {
        this(readers, events, service, audit, OperationListener.NONE);
    }

    /**
     * Creates the runner with a listener (metrics, the doctor's recent errors).
     *
     * @param readers the readers
     * @param events where progress and pin-status go
     * @param service the use cases
     * @param audit the audit trail
     * @param listener told about every APDU and every outcome
     */
    public CardOperations(ReaderManager readers, EventBus events, CardService service, AuditLog audit,
            OperationListener listener) {
        this.readers = readers;
        this.events = events;
        this.service = service;
        this.audit = audit;
        this.listener = listener;
    }

    /**
     * Runs a use case.
     *
     * @param reader reader name or id
     * @param caller who asked (for the audit trail)
     * @param operation stable name for events and audit
     * @param pinOperation whether to push the PIN counters afterwards
     * @param call the use case
     * @return its result
     */
    public <T> T run(String reader, Principal caller, String operation, boolean pinOperation, CardCall<T> call)
            throws ApduException {
        ReaderSlot slot = readers.slot(reader);
        String name = slot.name();
        String id = slot.id();
        long start = System.nanoTime();
        String outcome = "OK";
        try {
            return readers.withCard(name, transport -> {
                MyNumberCard card = new MyNumberCard(command -> {
                    listener.apduSent(operation);
                    return transport.transceive(command);
                });
                Progress progress = (step, done, total) -> events.publish(new AgentEvent(AgentEvent.PROGRESS,
                        Map.of("reader", name, "id", id, "operation", operation, "step", step, "done", done,
                                "total", total)));
                try {
                    return call.run(card, progress);
                } finally {
                    if (pinOperation) {
                        pushPinStatus(name, card);
                    }
                }
            });
        } catch (ApduException e) {
            outcome = e.code().name();
            throw e;
        } catch (AgentException e) {
            outcome = e.code().name();
            throw e;
        } catch (RuntimeException e) {
            outcome = "INTERNAL";
            throw e;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            audit.record(operation, name, caller, outcome, took.toMillis());
            listener.finished(operation, name, outcome, took);
        }
    }

    /**
     * Publishes the counters the operation's own answers told as a pin-status event, with the others listed as
     * unknown: no APDU (issue 17; re-reading all ten cost 15).
     */
    private void pushPinStatus(String reader, MyNumberCard card) {
        try {
            publish(reader, service.knownPinStatus(card));
        } catch (RuntimeException e) {
            // the operation's own outcome is what the client gets
        }
    }

    /** The reader's PC/SC name for a name or id (NO_READER if unknown). */
    public String readerName(String reader) {
        return readers.slot(reader).name();
    }

    /** Publishes a pin-status event, with the reader's name and id as the card and reader events have. */
    public void publish(String reader, PinStatusReport report) {
        events.publish(new AgentEvent(AgentEvent.PIN_STATUS, Map.of("reader", reader, "id", readers.slot(reader).id(),
                "pins", report.pins(), "unknown", report.unknown())));
    }

    /**
     * One use case over an opened card.
     *
     * @param <T> the result
     */
    @FunctionalInterface
    public interface CardCall<T> {
        /**
         * Runs it.
         *
         * @param card the card
         * @param progress the progress sink
         * @return the result
         */
        T run(MyNumberCard card, Progress progress) throws ApduException;
    }
}
