package dev.mynumber.sim.card;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.EnumMap;
import java.util.Map;

/**
 * Test card contents: small fake files and two RSA-2048 key pairs generated once per test run.
 *
 * <p>Secrets: every 4-digit PIN {@code 1234}, signing password {@code ABC123}, a fictional My Number as
 * 照合番号A, a made-up 14-digit 照合番号B, birth-date key {@code 020224}.
 */
final class TestContents {
    static final String PIN = "1234";
    static final String PASSWORD = "ABC123";
    static final String CODE_A = "123456789018";
    static final String CODE_B = "02022420351234";
    static final String BIRTH = "020224";
    /** Size of the fake signing certificate: more than two 256-byte chunks. */
    static final int SIGN_CERT_SIZE = 700;
    /** Size of the JPKI token info EF (CK_TOKEN_INFO), spec §5.1. */
    static final int TOKEN_INFO_SIZE = 160;

    private TestContents() {
    }

    /** The keys, generated once for the whole test run. */
    static final class Keys {
        static final KeyPair AUTH = generate();
        static final KeyPair SIGN = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                return g.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An adult's card: every file, key and secret. */
    static CardContents adult() {
        return contents(files(true), keys(true), Map.of());
    }

    /** A child's card: no signing certificate, key or password (and, for the tests, no 共通AP key). */
    static CardContents child() {
        Map<CardSecret, byte[]> secrets = secrets();
        secrets.remove(CardSecret.JPKI_SIGN_PASSWORD);
        return new CardContents(files(false), keys(false), secrets, Map.of());
    }

    /** An adult's card with some initial tries below the maximum. */
    static CardContents withInitialTries(Map<CardSecret, Integer> tries) {
        return contents(files(true), keys(true), tries);
    }

    private static CardContents contents(Map<CardFile, byte[]> files, Map<CardKey, PrivateKey> keys,
            Map<CardSecret, Integer> tries) {
        return new CardContents(files, keys, secrets(), tries);
    }

    /** Returns the fake content of a file: its own name, patterned, of a size chosen per file. */
    static byte[] fileBytes(CardFile f) {
        int size = switch (f) {
            case JPKI_SIGN_CERT -> SIGN_CERT_SIZE;
            case JPKI_TOKEN_INFO -> TOKEN_INFO_SIZE;
            default -> 17 + f.ordinal() * 3;
        };
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 7 + f.ordinal());
        }
        return b;
    }

    /** Text AP {@code 0001} as the real card holds it: {@code FF 10 0C} + 12 digits + 2 filler bytes (17). */
    static byte[] myNumberFile() {
        byte[] digits = ascii(CODE_A);
        byte[] b = new byte[17];
        b[0] = (byte) 0xFF;
        b[1] = 0x10;
        b[2] = 0x0C;
        System.arraycopy(digits, 0, b, 3, digits.length);
        b[15] = (byte) 0xFF;
        b[16] = (byte) 0xFF;
        return b;
    }

    /** Record 1 of the 共通AP card-info EF: {@code 01 1C} + serial(15) municipality(5) expiry(8). */
    static byte[] commonRecord() {
        return ascii("\u0001\u001C" + "012345678901234" + "13101" + "20350101");
    }

    private static Map<CardFile, byte[]> files(boolean withSigning) {
        Map<CardFile, byte[]> files = new EnumMap<>(CardFile.class);
        for (CardFile f : CardFile.values()) {
            files.put(f, fileBytes(f));
        }
        files.put(CardFile.COMMON_CARD_INFO, commonRecord());
        files.put(CardFile.TEXT_MY_NUMBER, myNumberFile());
        if (!withSigning) {
            files.remove(CardFile.JPKI_SIGN_CERT);
        }
        return files;
    }

    private static Map<CardKey, PrivateKey> keys(boolean withSigning) {
        Map<CardKey, PrivateKey> keys = new EnumMap<>(CardKey.class);
        keys.put(CardKey.JPKI_AUTH, Keys.AUTH.getPrivate());
        keys.put(CardKey.TEXT_AP, Keys.AUTH.getPrivate());
        keys.put(CardKey.VISUAL_AP, Keys.SIGN.getPrivate());
        if (withSigning) {
            keys.put(CardKey.COMMON_AUTH, Keys.SIGN.getPrivate());
        }
        if (withSigning) {
            keys.put(CardKey.JPKI_SIGN, Keys.SIGN.getPrivate());
        }
        return keys;
    }

    private static Map<CardSecret, byte[]> secrets() {
        Map<CardSecret, byte[]> s = new EnumMap<>(CardSecret.class);
        for (CardSecret secret : CardSecret.values()) {
            s.put(secret, ascii(PIN));
        }
        s.put(CardSecret.JPKI_SIGN_PASSWORD, ascii(PASSWORD));
        s.put(CardSecret.TEXT_CODE_A, ascii(CODE_A));
        s.put(CardSecret.VISUAL_CODE_A, ascii(CODE_A));
        s.put(CardSecret.TEXT_CODE_B, ascii(CODE_B));
        s.put(CardSecret.VISUAL_CODE_B, ascii(CODE_B));
        s.put(CardSecret.VISUAL_BIRTH_DATE, ascii(BIRTH));
        return s;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
