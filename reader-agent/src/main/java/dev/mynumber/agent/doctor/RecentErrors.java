package dev.mynumber.agent.doctor;

import dev.mynumber.agent.operation.OperationListener;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last failed card operations (operation, reader, outcome code, time), for the doctor; no personal data. */
public final class RecentErrors implements OperationListener {
    private static final int KEEP = 10;
    private final Clock clock;
    private final Deque<RecentError> errors = new ArrayDeque<>();

    /**
     * Creates the list.
     *
     * @param clock when errors happened
     */
    public RecentErrors(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void apduSent(String operation) {
        // not needed
    }

    @Override
    public synchronized void finished(String operation, String reader, String outcome, Duration took) {
        if (!"OK".equals(outcome)) {
            errors.addFirst(new RecentError(clock.instant().toString(), operation, reader, outcome));
            while (errors.size() > KEEP) {
                errors.removeLast();
            }
        }
    }

    /** The last errors, newest first. */
    public synchronized List<RecentError> list() {
        return List.copyOf(errors);
    }

    /**
     * One failed operation.
     *
     * @param at when it ended (ISO-8601, UTC)
     * @param operation the operation
     * @param reader the reader's name
     * @param outcome the error code
     */
    public record RecentError(String at, String operation, String reader, String outcome) {
    }
}
