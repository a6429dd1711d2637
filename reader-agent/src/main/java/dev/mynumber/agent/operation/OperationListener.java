package dev.mynumber.agent.operation;

import java.time.Duration;

/**
 * Told about every card operation {@link Operations} runs: the one hook for metrics and the doctor's recent
 * errors. Gets stable names and codes only, never personal data.
 */
public interface OperationListener {
    /** A listener that ignores everything. */
    OperationListener NONE = new OperationListener() {
        @Override
        public void apduSent(String operation) {
        }

        @Override
        public void finished(String operation, String reader, String outcome, Duration took) {
        }
    };

    /** Tells both listeners, this one first. */
    default OperationListener and(OperationListener other) {
        OperationListener self = this;
        return new OperationListener() {
            @Override
            public void apduSent(String operation) {
                self.apduSent(operation);
                other.apduSent(operation);
            }

            @Override
            public void finished(String operation, String reader, String outcome, Duration took) {
                self.finished(operation, reader, outcome, took);
                other.finished(operation, reader, outcome, took);
            }
        };
    }

    /**
     * One command APDU was sent to the card.
     *
     * @param operation the stable operation name, e.g. {@code card-info}
     */
    void apduSent(String operation);

    /**
     * An operation ended.
     *
     * @param operation the stable operation name
     * @param reader the reader's name
     * @param outcome {@code OK} or the error code
     * @param took how long it took
     */
    void finished(String operation, String reader, String outcome, Duration took);
}
