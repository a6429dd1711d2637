package dev.mynumber.sim.card;

import java.util.Arrays;

/**
 * An elementary file (EF) of one application, as the engine models it: transparent data, a record file,
 * a PIN (key reference), a private key, or an internal file that can be selected but never read.
 */
sealed interface Ef {

    /** Returns the two-byte file identifier. */
    int fid();

    /** A transparent EF read with READ BINARY; bytes are copied in and read out by slices. */
    record Data(int fid, byte[] bytes, AccessRule read) implements Ef {
        public Data {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** Returns the physical size in bytes (filler included). */
        int size() {
            return bytes.length;
        }

        /** Returns up to {@code max} bytes from {@code offset} (offset within the file). */
        byte[] slice(int offset, int max) {
            return Arrays.copyOfRange(bytes, offset, offset + Math.min(max, bytes.length - offset));
        }
    }

    /** A record EF read with READ RECORD; the engine holds record 1 only (the 共通AP card-info EF). */
    record Records(int fid, byte[] record1, AccessRule read) implements Ef {
        public Records {
            record1 = record1.clone();
        }

        @Override
        public byte[] record1() {
            return record1.clone();
        }
    }

    /** A PIN or verification code (key reference, IEF) with its try counter. */
    record Secret(int fid, CardSecret secret) implements Ef {
    }

    /** A key reference issued blocked and never usable (text AP {@code 0012}, §2.2). */
    record BlockedSecret(int fid) implements Ef {
    }

    /** A private key EF used by the signing command under an access rule. */
    record Key(int fid, CardKey key, AccessRule use) implements Ef {
    }

    /** An internal EF: selectable, never readable (§2.5: READ answers {@code 6981}). */
    record Internal(int fid) implements Ef {
    }
}
