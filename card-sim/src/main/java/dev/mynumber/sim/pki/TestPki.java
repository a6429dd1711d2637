package dev.mynumber.sim.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The simulator's test PKI: a JPKI authentication CA and signing CA shaped like the real J-LIS roots but
 * marked {@code O=JPKI TEST, OU=... (TEST, NOT VALID)}, and the issuer keys of the text and visual AP
 * card-verifiable certificates.
 *
 * <p>All keys are pre-generated test keys ({@link TestKeys}); the CA certificates have fixed validity,
 * serials and (PKCS#1 v1.5 being deterministic) identical bytes on every run, so they can be configured as
 * trust anchors in another process. Private keys are exposed because they are public test material.
 */
public final class TestPki {
    private static final X500Name AUTH_CA_NAME = TestDn.ca("JPKI for user authentication");
    private static final X500Name SIGN_CA_NAME = TestDn.ca("JPKI for digital signature");
    // the names above come first: INSTANCE is built during this class's initialisation
    private static final Map<CaGeneration, TestPki> GENERATIONS = new ConcurrentHashMap<>();
    private static final TestPki INSTANCE = get(CaGeneration.SIMULATOR);

    private final CaGeneration generation;
    private final KeyPair authCa;
    private final KeyPair signCa;
    private final X509Certificate authRoot;
    private final X509Certificate signRoot;

    private TestPki(CaGeneration g) {
        // the CA certificates' validity and serials are fixed so their bytes never change
        this.generation = g;
        this.authCa = TestKeys.shared(g.authKeyRole());
        this.signCa = TestKeys.shared(g.signKeyRole());
        this.authRoot = ShippedRoots.shipped(g, "auth").orElseGet(() -> buildAuthRoot(g));
        this.signRoot = ShippedRoots.shipped(g, "sign").orElseGet(() -> buildSignRoot(g));
    }

    /** Builds (signs) a generation's auth root, as shipped by {@link ShippedRoots}. */
    static X509Certificate buildAuthRoot(CaGeneration g) {
        return root(AUTH_CA_NAME, TestKeys.shared(g.authKeyRole()), BigInteger.valueOf(g.authSerial()), g);
    }

    /** Builds (signs) a generation's signing root, as shipped by {@link ShippedRoots}. */
    static X509Certificate buildSignRoot(CaGeneration g) {
        return root(SIGN_CA_NAME, TestKeys.shared(g.signKeyRole()), BigInteger.valueOf(g.signSerial()), g);
    }

    /** Returns the shared test PKI (built once, in milliseconds: no key generation). */
    public static TestPki get() {
        return INSTANCE;
    }

    /**
     * Returns the test PKI of one CA generation (same DNs, its own key, serials and validity); the AP issuer
     * keys are the same in every generation.
     */
    public static TestPki get(CaGeneration generation) {
        return GENERATIONS.computeIfAbsent(generation, TestPki::new);
    }

    /** Returns the CA generation this PKI plays. */
    public CaGeneration generation() {
        return generation;
    }

    /** Returns the self-signed test 利用者証明用 CA certificate (trust anchor for auth certificates). */
    public X509Certificate authRoot() {
        return authRoot;
    }

    /** Returns the self-signed test 署名用 CA certificate (trust anchor for signing certificates). */
    public X509Certificate signRoot() {
        return signRoot;
    }

    /** Returns the issuer public key that verifies the text AP's {@code 0004} CV certificate. */
    public RSAPublicKey textApIssuerKey() {
        return (RSAPublicKey) textApIssuer().getPublic();
    }

    /** Returns the issuer public key that verifies the visual AP's {@code 0004} CV certificate. */
    public RSAPublicKey visualApIssuerKey() {
        return (RSAPublicKey) visualApIssuer().getPublic();
    }

    /** Returns the test auth CA key pair. */
    public KeyPair authCa() {
        return authCa;
    }

    /** Returns the test signing CA key pair. */
    public KeyPair signCa() {
        return signCa;
    }

    /** Returns the text AP CV-certificate issuer key pair (test issuer ID {@code 6000033}). */
    public KeyPair textApIssuer() {
        return TestKeys.shared("textap-issuer");
    }

    /** Returns the text AP data-signing key pair certified in text {@code 0004}; it signs {@code 0003}/{@code 0007}. */
    public KeyPair textApSigner() {
        return TestKeys.shared("textap-signer");
    }

    /** Returns the visual AP CV-certificate issuer key pair (test issuer ID {@code 6000023}). */
    public KeyPair visualApIssuer() {
        return TestKeys.shared("visualap-issuer");
    }

    /** Returns the visual AP data-signing key pair certified in visual {@code 0004}; it signs the card face. */
    public KeyPair visualApSigner() {
        return TestKeys.shared("visualap-signer");
    }

    X500Name authCaName() {
        return AUTH_CA_NAME;
    }

    X500Name signCaName() {
        return SIGN_CA_NAME;
    }

    static X509Certificate root(X500Name name, KeyPair key, BigInteger serial, CaGeneration g) {
        return new CertificateMaker(name, serial, g.notBefore(), g.notAfter(), name, key.getPublic())
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .add(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(TestDn.caAltName())))
                .add(Extension.basicConstraints, true, new BasicConstraints(true))
                .crlDirName(name)
                .sign(key);
    }
}
