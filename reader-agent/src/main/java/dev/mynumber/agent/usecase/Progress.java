package dev.mynumber.agent.usecase;

/**
 * Receives the steps of a slow card operation, so the orchestrator can push progress events.
 *
 * <p>{@link #step} is called when a step starts, with the number of steps already finished; a last call
 * {@code step("done", total, total)} marks the end. Step names are stable identifiers such as
 * {@code verify-pin}, {@code read-attributes}, {@code read-face}, {@code transcode-photo} (see
 * docs/use-cases.md). Calls happen on the caller's thread; an implementation must not block for long.
 */
@FunctionalInterface
public interface Progress {
    /** Ignores every step. */
    Progress NONE = (name, done, total) -> {};

    /**
     * Reports that a step starts.
     *
     * @param name the step's stable identifier
     * @param done steps finished so far
     * @param total steps of the whole operation
     */
    void step(String name, int done, int total);
}
