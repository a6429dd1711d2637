package dev.mynumber.apdu.transport;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one reader has shown it can carry, learned once and kept for every card session on that reader.
 *
 * <p>The caller keeps one instance per reader (the agent: one per reader slot) and passes it into each session,
 * directly or by wrapping the session's transport in a {@link ReaderTransport}. Only evidence changes it: an
 * extended answer of more than 256 bytes turns {@link ExtendedLength#UNKNOWN} into
 * {@link ExtendedLength#SUPPORTED}; a refusal or a cut answer turns any state into
 * {@link ExtendedLength#UNSUPPORTED}, which stays. Thread-safe.
 */
public final class ReaderCapabilities {
    private final AtomicReference<ExtendedLength> extendedLength;

    /** Capabilities of a reader not yet tried: extended length {@link ExtendedLength#UNKNOWN}. */
    public ReaderCapabilities() {
        this(ExtendedLength.UNKNOWN);
    }

    /**
     * Capabilities known in advance (tests, or a reader the caller has already learned).
     *
     * @param extendedLength what is known about extended-length APDUs
     */
    public ReaderCapabilities(ExtendedLength extendedLength) {
        this.extendedLength = new AtomicReference<>(Objects.requireNonNull(extendedLength, "extendedLength"));
    }

    /**
     * The capabilities a transport carries, or fresh ones that live as long as the caller keeps them.
     *
     * @param transport a session's transport
     * @return the reader's capabilities if the transport is a {@link ReaderTransport}, else new ones
     */
    public static ReaderCapabilities of(CardTransport transport) {
        return transport instanceof ReaderTransport bound ? bound.capabilities() : new ReaderCapabilities();
    }

    /** What is known about extended-length APDUs on this reader. */
    public ExtendedLength extendedLength() {
        return extendedLength.get();
    }

    /** Whether the client may still send an extended-length APDU (not known to be refused). */
    public boolean mayUseExtendedLength() {
        return extendedLength.get() != ExtendedLength.UNSUPPORTED;
    }

    /** Records that an extended answer brought more than 256 bytes; a reader known to refuse stays refused. */
    public void extendedLengthWorked() {
        extendedLength.compareAndSet(ExtendedLength.UNKNOWN, ExtendedLength.SUPPORTED);
    }

    /** Records that the reader or card refused extended length or cut its answer to a short one. */
    public void extendedLengthRefused() {
        extendedLength.set(ExtendedLength.UNSUPPORTED);
    }

    @Override
    public String toString() {
        return "ReaderCapabilities[extendedLength=" + extendedLength.get() + "]";
    }
}
