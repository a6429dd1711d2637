package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_TEXT;
import static dev.mynumber.sim.card.CardDriver.SELECT_VISUAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The signing command: every P1 mode checked with {@link Signature} against the public key, its
 * preconditions, and the text/visual AP challenge signature (spec §3.1, §3.2).
 */
class SignTest {
    private static final String SHA256_DIGEST_INFO = "3031300D060960864801650304020105000420";
    private static final byte[] MESSAGE = "a fictional document to sign".getBytes(StandardCharsets.UTF_8);

    private final CardDriver card = new CardDriver(TestContents.adult());

    @Test
    void p1Of00SignsADigestInfoWithPkcs1V15() throws Exception {
        authReady();
        byte[] sig = card.ok(sign(0x00, 0x80, digestInfo(MESSAGE)));
        assertEquals(256, sig.length);
        assertTrue(verify("SHA256withRSA", TestContents.Keys.AUTH.getPublic(), MESSAGE, sig));
    }

    @Test
    void p1Of01SignsTheBareHashOfTheMessage() throws Exception {
        authReady();
        byte[] sig = card.ok(sign(0x01, 0x80, MESSAGE));
        assertTrue(verify("NONEwithRSA", TestContents.Keys.AUTH.getPublic(), sha256(MESSAGE), sig));
    }

    @Test
    void p1Of02And03GiveSha256WithRsa() throws Exception {
        authReady();
        byte[] fromHash = card.ok(sign(0x02, 0x80, sha256(MESSAGE)));
        byte[] fromMessage = card.ok(sign(0x03, 0x80, MESSAGE));
        assertTrue(verify("SHA256withRSA", TestContents.Keys.AUTH.getPublic(), MESSAGE, fromHash));
        // PKCS#1 v1.5 is deterministic: both forms give the same bytes
        assertArrayEquals(fromHash, fromMessage);
    }

    @Test
    void p1Of04And05GivePss() throws Exception {
        authReady();
        byte[] fromHash = card.ok(sign(0x04, 0x80, sha256(MESSAGE)));
        byte[] fromMessage = card.ok(sign(0x05, 0x80, MESSAGE));
        assertTrue(verifyPss(fromHash));
        assertTrue(verifyPss(fromMessage));
        assertFalse(java.util.Arrays.equals(fromHash, fromMessage), "random salt");
    }

    @Test
    void signingKeyBySfiNeedsTheSigningPassword() throws Exception {
        card.ok(SELECT_JPKI);
        card.expect(0x6982, sign(0x00, 0x9A, digestInfo(MESSAGE)));
        card.verify(0x18, TestContents.PIN);
        card.expect(0x6982, sign(0x00, 0x9A, digestInfo(MESSAGE)));
        card.verify(0x1B, TestContents.PASSWORD);
        byte[] sig = card.ok(sign(0x00, 0x9A, digestInfo(MESSAGE)));
        assertTrue(verify("SHA256withRSA", TestContents.Keys.SIGN.getPublic(), MESSAGE, sig));
        // 0017 by SFI after only the signing password: refused
        card.card.reset();
        card.ok(SELECT_JPKI);
        card.verify(0x1B, TestContents.PASSWORD);
        card.expect(0x6982, sign(0x00, 0x97, digestInfo(MESSAGE)));
    }

    @Test
    void signingTwiceAfterOneVerifyWorks() {
        authReady();
        card.ok(sign(0x00, 0x80, digestInfo(MESSAGE)));
        card.ok(sign(0x00, 0x80, digestInfo(MESSAGE)));
    }

    @Test
    void refusesUnknownModesAndWrongLengths() {
        authReady();
        card.expect(0x6A86, sign(0x06, 0x80, sha256(MESSAGE)));
        card.expect(0x6A86, sign(0x80, 0x80, sha256(MESSAGE)));
        card.expect(0x6700, sign(0x00, 0x80, new byte[246]));
        card.ok(sign(0x00, 0x80, new byte[245]));
        card.expect(0x6700, sign(0x02, 0x80, new byte[31]));
        card.expect(0x6700, sign(0x04, 0x80, new byte[33]));
        card.ok(sign(0x03, 0x80, new byte[255]));
        card.expect(0x6700, "802A0080" + "00" + "0100" + "00".repeat(256) + "0000");
        card.expect(0x6700, "802A0080" + "20" + "00".repeat(32) + "FF");
        card.expect(0x6700, "802A0080");
    }

    @Test
    void needsAKeyEfAndTheRightApplication() {
        card.expect(0x6A88, sign(0x00, 0x80, digestInfo(MESSAGE)));
        card.expect(0x6A86, sign(0x00, 0x00, digestInfo(MESSAGE)));
        card.ok(SELECT_JPKI);
        card.expect(0x6A86, sign(0x00, 0x00, digestInfo(MESSAGE)));
        card.selectEf(0x000A);
        card.expect(0x6A88, sign(0x00, 0x80, digestInfo(MESSAGE)));
        card.expect(0x6E00, "002A008033" + HexFormat.of().formatHex(digestInfo(MESSAGE)) + "00");
    }

    @Test
    void textAndVisualApsSignChallengesWithTheirOwnKeyWithoutCredential() throws Exception {
        byte[] challenge = card.ok("0084000010");
        assertEquals(16, challenge.length);
        card.ok(SELECT_TEXT);
        byte[] textSig = card.ok(sign(0x00, 0x00, digestInfo(challenge)));
        assertTrue(verify("SHA256withRSA", TestContents.Keys.AUTH.getPublic(), challenge, textSig));
        card.ok(SELECT_VISUAL);
        byte[] visualSig = card.ok(sign(0x00, 0x00, digestInfo(challenge)));
        assertTrue(verify("SHA256withRSA", TestContents.Keys.SIGN.getPublic(), challenge, visualSig));
    }

    @Test
    void childCardHasNoSigningKey() {
        CardDriver child = new CardDriver(TestContents.child());
        child.ok(SELECT_JPKI);
        child.expect(0x6A88, sign(0x00, 0x9A, digestInfo(MESSAGE)));
        assertEquals(0x6A88, child.verify(0x1B, TestContents.PASSWORD));
    }

    private void authReady() {
        card.ok(SELECT_JPKI);
        assertEquals(0x9000, card.verify(0x18, TestContents.PIN));
        assertEquals(0x9000, card.selectEf(0x0017));
    }

    private static String sign(int p1, int p2, byte[] data) {
        return String.format("802A%02X%02X%02X%s00", p1, p2, data.length, HexFormat.of().formatHex(data));
    }

    static byte[] digestInfo(byte[] message) {
        byte[] prefix = HexFormat.of().parseHex(SHA256_DIGEST_INFO);
        byte[] hash = sha256(message);
        byte[] r = java.util.Arrays.copyOf(prefix, prefix.length + hash.length);
        System.arraycopy(hash, 0, r, prefix.length, hash.length);
        return r;
    }

    private static byte[] sha256(byte[] m) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(m);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean verify(String alg, PublicKey key, byte[] data, byte[] sig) throws Exception {
        Signature s = Signature.getInstance(alg);
        s.initVerify(key);
        s.update(data);
        return s.verify(sig);
    }

    private static boolean verifyPss(byte[] sig) throws Exception {
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        s.initVerify(TestContents.Keys.AUTH.getPublic());
        s.update(MESSAGE);
        return s.verify(sig);
    }
}
