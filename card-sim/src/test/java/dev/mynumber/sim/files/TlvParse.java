package dev.mynumber.sim.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An independent test-side BER-TLV parser (tags of one or two bytes, definite lengths). */
public final class TlvParse {

    /** One parsed TLV: its tag and where its bytes are. */
    public record Node(int tag, int start, int valueStart, int end, byte[] source) {
        /** Returns the value bytes. */
        public byte[] value() {
            return Arrays.copyOfRange(source, valueStart, end);
        }

        /** Returns the whole TLV bytes. */
        public byte[] raw() {
            return Arrays.copyOfRange(source, start, end);
        }

        /** Parses the value as a sequence of TLVs. */
        public List<Node> children() {
            return all(source, valueStart, end);
        }
    }

    private TlvParse() {
    }

    /** Parses the TLV starting at {@code offset}. */
    public static Node at(byte[] b, int offset) {
        int p = offset;
        int tag = b[p++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            tag = (tag << 8) | (b[p++] & 0xFF);
        }
        int len = b[p++] & 0xFF;
        if (len > 0x80) {
            int n = len & 0x7F;
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (b[p++] & 0xFF);
            }
        }
        return new Node(tag, offset, p, p + len, b);
    }

    /** Parses consecutive TLVs in {@code [from, to)}. */
    public static List<Node> all(byte[] b, int from, int to) {
        List<Node> out = new ArrayList<>();
        int p = from;
        while (p < to) {
            Node n = at(b, p);
            out.add(n);
            p = n.end();
        }
        return out;
    }
}
