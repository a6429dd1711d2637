package dev.mynumber.agent.service;

/** Counts the steps of one operation and reports each to a {@link Progress}. */
final class Steps {
    private final Progress progress;
    private final int total;
    private int done;

    Steps(Progress progress, int total) {
        this.progress = progress == null ? Progress.NONE : progress;
        this.total = total;
    }

    /** Reports that the named step starts. */
    void next(String name) {
        progress.step(name, Math.min(done, total), total);
        done++;
    }

    /** Reports the end of the operation: {@code step("done", total, total)}. */
    void finish() {
        progress.step("done", total, total);
    }
}
