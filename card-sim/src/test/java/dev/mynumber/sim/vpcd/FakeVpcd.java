package dev.mynumber.sim.vpcd;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;

/** The pcscd side of the vpcd protocol, in-test: sends control messages and APDUs, reads the answers. */
final class FakeVpcd implements AutoCloseable {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final ServerSocket server;
    private Socket socket;
    private DataInputStream in;
    private DataOutputStream out;

    FakeVpcd() throws IOException {
        this(0);
    }

    FakeVpcd(int port) throws IOException {
        server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(5000);
    }

    int port() {
        return server.getLocalPort();
    }

    void accept() throws IOException {
        socket = server.accept();
        socket.setSoTimeout(5000);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
    }

    /** Sends a control byte that gets no answer. */
    void control(int code) throws IOException {
        send("0" + code);
    }

    /** Sends a message (hex) and returns the answer (hex, "" for an empty answer). */
    String exchange(String hex) throws IOException {
        send(hex);
        return read();
    }

    private void send(String hex) throws IOException {
        byte[] b = HEX.parseHex(hex);
        out.writeShort(b.length);
        out.write(b);
        out.flush();
    }

    String read() throws IOException {
        byte[] b = new byte[in.readUnsignedShort()];
        in.readFully(b);
        return HEX.formatHex(b);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        server.close();
    }
}
