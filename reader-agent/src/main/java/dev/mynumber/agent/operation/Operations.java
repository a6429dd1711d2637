package dev.mynumber.agent.operation;

import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.ReaderSlot;
import dev.mynumber.agent.pin.PinCounters;
import dev.mynumber.agent.pin.PinStatusReport;
import dev.mynumber.agent.pin.ReadPinStatus;
import dev.mynumber.agent.usecase.CardOperation;
import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.Progress;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MyNumberCard;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Runs one use case on a reader and owns everything around it: the reader's thread and timeout (through the
 * reader layer, which also resets the card afterwards), progress events, the PIN counters pushed after an
 * operation that {@linkplain CardOperation#usesPin() uses a PIN}, the audit line and the {@link OperationListener}.
 *
 * <p>Each HTTP handler checks its input, makes the use case and makes one call here.
 */
public final class Operations {
    private final ReaderManager readers;
    private final EventBus events;
    private final Clock clock;
    private final Verifiers verifiers;
    private final AuditLog audit;
    private final OperationListener listener;

    /**
     * Creates the orchestrator.
     *
     * @param readers the readers
     * @param events where progress and pin-status go
     * @param clock the use cases' clock (CMS signing time, the card's validity)
     * @param verifiers the card-data and certificate verifiers
     * @param audit the audit trail
     * @param listener told about every APDU and every outcome (metrics, the doctor's recent errors)
     */
    public Operations(ReaderManager readers, EventBus events, Clock clock, Verifiers verifiers, AuditLog audit,
            OperationListener listener) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.verifiers = Objects.requireNonNull(verifiers, "verifiers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs a use case on the reader's thread.
     *
     * @param reader reader name or id
     * @param caller who asked (for the audit trail)
     * @param useCase the use case, its input already checked
     * @return its result
     */
    public <T> T run(String reader, Caller caller, UseCase<T> useCase) throws ApduException {
        ReaderSlot slot = readers.slot(reader);
        String name = slot.name();
        String operation = useCase.operation().code();
        long start = System.nanoTime();
        String outcome = "OK";
        try {
            return readers.withCard(name, transport -> {
                MyNumberCard card = new MyNumberCard(command -> {
                    listener.apduSent(operation);
                    return transport.transceive(command);
                });
                try {
                    return useCase.run(new CardSession(card, progress(slot, operation), clock, verifiers));
                } finally {
                    if (useCase.operation().usesPin()) {
                        pushLearnedCounters(name, card);
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
     * Reads every counter (no try spent) and also publishes them as a pin-status event.
     *
     * @param reader reader name or id
     * @param caller who asked
     * @return the counters
     */
    public PinStatusReport pinStatus(String reader, Caller caller) throws ApduException {
        PinStatusReport report = run(reader, caller, new ReadPinStatus());
        publish(readers.slot(reader).name(), report);
        return report;
    }

    /** Progress events carrying the reader's name and id and the operation. */
    private Progress progress(ReaderSlot slot, String operation) {
        return (step, done, total) -> events.publish(new AgentEvent(AgentEvent.PROGRESS, Map.of("reader", slot.name(),
                "id", slot.id(), "operation", operation, "step", step, "done", done, "total", total)));
    }

    /**
     * Publishes the counters the operation's own answers told as a pin-status event, with the others listed as
     * unknown: no APDU (issue 17; re-reading all ten cost 15).
     */
    private void pushLearnedCounters(String reader, MyNumberCard card) {
        try {
            publish(reader, PinCounters.learned(card));
        } catch (RuntimeException e) {
            // the operation's own outcome is what the client gets
        }
    }

    /** Publishes a pin-status event, with the reader's name and id as the card and reader events have. */
    private void publish(String reader, PinStatusReport report) {
        events.publish(new AgentEvent(AgentEvent.PIN_STATUS, Map.of("reader", reader, "id", readers.slot(reader).id(),
                "pins", report.pins(), "unknown", report.unknown())));
    }
}
