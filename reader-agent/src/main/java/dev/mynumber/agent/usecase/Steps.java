package dev.mynumber.agent.usecase;

/** Counts the steps of one operation and reports each to a {@link Progress}. */
public final class Steps {
    private final Progress progress;
    private final int total;
    private int done;

    /**
     * Starts counting.
     *
     * @param progress where the steps go; null ignores them
     * @param total how many steps the operation has
     */
    public Steps(Progress progress, int total) {
        this.progress = progress == null ? Progress.NONE : progress;
        this.total = total;
    }

    /** Reports that the named step starts. */
    public void next(String name) {
        progress.step(name, Math.min(done, total), total);
        done++;
    }

    /** Reports the end of the operation: {@code step("done", total, total)}. */
    public void finish() {
        progress.step("done", total, total);
    }
}
