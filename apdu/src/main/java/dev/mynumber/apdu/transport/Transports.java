package dev.mynumber.apdu.transport;

/** Ready-made transport stacks. */
public final class Transports {
    private Transports() {
    }

    /**
     * The standard stack over a raw transport: {@code 61xx} chaining over {@code 6Cxx} retry, so a GET RESPONSE
     * that itself gets {@code 6Cxx} is resent with the right Le.
     *
     * @param raw the transport that moves bytes to the card
     * @return the decorated transport
     */
    public static CardTransport standard(CardTransport raw) {
        return new GetResponseTransport(new WrongLeRetryTransport(raw));
    }
}
