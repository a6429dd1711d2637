package dev.mynumber.sim.persona;

import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.card.CardKey;
import dev.mynumber.sim.files.CardFace;
import dev.mynumber.sim.files.CommonApFiles;
import dev.mynumber.sim.files.JpkiFiles;
import dev.mynumber.sim.files.TextApFiles;
import dev.mynumber.sim.files.Tlv;
import dev.mynumber.sim.files.VisualApFiles;
import dev.mynumber.sim.pki.TestKeys;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.sim.variant.Variants;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Builds the {@link CardContents} of a persona: every file, key and secret of the card.
 */
final class ContentsFactory {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Persona persona;
    private final Persona.Identity id;
    private final TestPki pki;
    private final VariantContents variant;
    private final Map<CardFile, byte[]> files = new EnumMap<>(CardFile.class);
    private final Map<CardKey, PrivateKey> keys = new EnumMap<>(CardKey.class);
    private final Clock clock;

    private ContentsFactory(Persona persona, Clock clock, Variants variants) {
        this.persona = persona;
        this.variant = new VariantContents(variants);
        this.pki = TestPki.get(variant.caGeneration());
        this.id = persona.identity();
        this.clock = clock;
    }

    /** Builds the contents of the persona's card; certificate validity is relative to the clock. */
    static CardContents build(Persona persona, Clock clock) {
        return build(persona, clock, Variants.NONE);
    }

    /** Builds the contents of the persona's card with the given content variants (others are ignored). */
    static CardContents build(Persona persona, Clock clock, Variants variants) {
        ContentsFactory f = new ContentsFactory(persona, clock, variants);
        f.jpki();
        f.text();
        f.visual();
        f.files.put(CardFile.COMMON_CARD_INFO, CommonApFiles.cardInfo(f.digits("card-serial", 15),
                persona.card().municipalityCode(), persona.cardExpiry().format(YYYYMMDD)));
        f.keys.put(CardKey.COMMON_AUTH, f.cardKey("common-card").getPrivate());
        return new CardContents(f.files, f.keys, PersonaSecrets.asBytes(PersonaSecrets.of(persona)),
                persona.initialTries());
    }

    private void jpki() {
        HolderPki holder = new HolderPki(persona, clock, pki, variant.certificateSex(id.sex()));
        KeyPair auth = cardKey("jpki-auth");
        files.put(CardFile.JPKI_AUTH_CERT, der(holder.auth(auth.getPublic())));
        files.put(CardFile.JPKI_AUTH_CA_CERT, der(pki.authRoot()));
        keys.put(CardKey.JPKI_AUTH, auth.getPrivate());
        files.put(CardFile.JPKI_SIGN_CA_CERT, der(pki.signRoot()));
        if (persona.hasSigningCertificate()) {
            KeyPair sign = cardKey("jpki-sign");
            files.put(CardFile.JPKI_SIGN_CERT, der(holder.sign(sign.getPublic())));
            keys.put(CardKey.JPKI_SIGN, sign.getPrivate());
        }
        files.put(CardFile.JPKI_TOKEN_INFO, JpkiFiles.tokenInfo("TEST" + hex("token-serial", 6)));
        files.put(CardFile.JPKI_CERT_FLAGS, JpkiFiles.certFlags(persona.hasSigningCertificate()));
    }

    private void text() {
        KeyPair signer = pki.textApSigner();
        KeyPair card = cardKey("textap-card");
        byte[] myNumber = TextApFiles.myNumber(id.myNumber());
        byte[] attributes = TextApFiles.attributes(id.name(), id.address(),
                id.birthDate().format(YYYYMMDD), variant.cardSex(id.sex()));
        files.put(CardFile.TEXT_MY_NUMBER, myNumber);
        files.put(CardFile.TEXT_ATTRIBUTES, attributes);
        files.put(CardFile.TEXT_INTEGRITY, TextApFiles.integrity(myNumber, attributes, signer));
        files.put(CardFile.TEXT_AP_CERT, TextApFiles.apCertificate(pki.textApIssuer(),
                (RSAPublicKey) signer.getPublic()));
        files.put(CardFile.TEXT_BASIC_INFO, TextApFiles.basicInfo(digest("text-basic-info")));
        KeyPair df52Signer = variant.df52ByIssuer() ? pki.textApIssuer() : signer;
        files.put(CardFile.TEXT_AP_KEY, TextApFiles.apKey((RSAPublicKey) card.getPublic(), df52Signer));
        keys.put(CardKey.TEXT_AP, card.getPrivate());
    }

    private void visual() {
        KeyPair signer = pki.visualApSigner();
        KeyPair card = cardKey("visualap-card");
        RSAPublicKey cardPublic = (RSAPublicKey) card.getPublic();
        String birth = id.birthDate().format(YYYYMMDD);
        CardFace face = new CardFace(birth, variant.cardSex(id.sex()), cardPublic,
                CardImages.name(id.name()), CardImages.address(id.address()), variant.photo(persona.id().hashCode()),
                persona.cardExpiry().format(YYYYMMDD), CardImages.securityCode(id.securityCode()));
        files.put(CardFile.VISUAL_FACE, VisualApFiles.face(face, signer));
        files.put(CardFile.VISUAL_AGE, VisualApFiles.ageRecord(birth, cardPublic, signer));
        files.put(CardFile.VISUAL_BASIC_INFO, VisualApFiles.basicInfo(persona.card().municipalityCode(), signer));
        files.put(CardFile.VISUAL_AP_CERT, VisualApFiles.apCertificate(pki.visualApIssuer(),
                (RSAPublicKey) signer.getPublic()));
        files.put(CardFile.VISUAL_MY_NUMBER_IMAGE, VisualApFiles.myNumberImage(
                CardImages.myNumber(id.myNumber()), cardPublic, signer));
        keys.put(CardKey.VISUAL_AP, card.getPrivate());
    }

    private KeyPair cardKey(String role) {
        return TestKeys.card(persona.card().keySet(), role);
    }

    private byte[] digest(String purpose) {
        return Tlv.sha256((purpose + ":" + persona.id()).getBytes(StandardCharsets.UTF_8));
    }

    private String hex(String purpose, int bytes) {
        return HexFormat.of().withUpperCase().formatHex(digest(purpose), 0, bytes);
    }

    /** Decimal digits derived from the persona id (not from personal data). */
    private String digits(String purpose, int count) {
        String d = new java.math.BigInteger(1, digest(purpose)).toString();
        return d.substring(0, count);
    }

    private static byte[] der(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a test certificate", e);
        }
    }
}
