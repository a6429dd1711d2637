package dev.mynumber.sim.vpcd;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import jdk.net.ExtendedSocketOptions;

/**
 * One TCP connection to vpcd, framed as vpcd frames it: a 2-byte big-endian length, then the payload.
 *
 * <p>Latency matters here (shared/tooling.md, "LATENCY TRAP"): Debian's vpcd sends length and payload in
 * two TCP segments, so with delayed ACKs each APDU would cost about 44 ms. Hence Nagle off, each reply
 * written with ONE write, and TCP_QUICKACK re-armed before every read because Linux clears it again.
 */
final class VpcdConnection implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final boolean quickAck;

    private VpcdConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.quickAck = socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
    }

    /** Connects to vpcd; fails at once when nothing listens. */
    static VpcdConnection open(String host, int port, int timeoutMillis) throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            return new VpcdConnection(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** Reads one message; throws {@link java.io.EOFException} when vpcd closes the connection. */
    byte[] read() throws IOException {
        armQuickAck();
        int length = in.readUnsignedShort();
        byte[] payload = new byte[length];
        armQuickAck();
        in.readFully(payload);
        return payload;
    }

    /** Writes one message: length and payload in a single write, so they leave in one segment. */
    void write(byte[] payload) throws IOException {
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
        out.flush();
    }

    private void armQuickAck() throws IOException {
        if (quickAck) {
            socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
