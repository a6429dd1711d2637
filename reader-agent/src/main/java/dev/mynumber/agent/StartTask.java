package dev.mynumber.agent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of the agent's start that runs on its own thread while the main thread wires the rest (the simulated
 * card, the verifiers): on two cores that hides it behind the web server's start (issue 17).
 *
 * @param <T> what the work yields
 */
final class StartTask<T> {
    private final FutureTask<T> task;

    private StartTask(FutureTask<T> task) {
        this.task = task;
    }

    /**
     * Starts the work on a daemon thread of the given name.
     *
     * @param name the thread's name
     * @param work the work
     * @return the running task
     */
    static <T> StartTask<T> begin(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new StartTask<>(task);
    }

    /**
     * Waits for the work and returns its result; its failure is thrown here as it was thrown there.
     *
     * @throws IOException when the work threw one, or the wait was interrupted
     */
    T join() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while starting");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }
}
