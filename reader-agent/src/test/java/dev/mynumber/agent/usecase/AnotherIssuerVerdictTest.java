package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.support.ReplacedFilesCard;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.verification.Verification;
import dev.mynumber.agent.verification.Verification.PageVerdict;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.verify.CardDataVerifier;
import dev.mynumber.card.verify.CheckNames;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.IssuerKey;
import dev.mynumber.card.verify.IssuerKeys;
import dev.mynumber.card.verify.VerdictReason;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A genuine card whose AP certificates come from another issuer key than the configured ones, as a real card in
 * a real reader is for an agent started with {@code --simulator} (whose test issuer keys are configured), or a
 * card of another certificate generation: never REJECTED; verified once the right key is configured.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AnotherIssuerVerdictTest {
    /** Issuer references in the production form (spec §5.3: issuer IDs 5000033 text, 5000023 visual). */
    private static final String TEXT_REF = "5000033:000";
    private static final String VISUAL_REF = "5000023:000";
    private static KeyPair textIssuer;
    private static KeyPair visualIssuer;

    @BeforeAll
    static void issuerKeys() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        textIssuer = rsa.generateKeyPair();
        visualIssuer = rsa.generateKeyPair();
    }

    /** The adult card with both AP certificates re-issued, same subject keys, by the other issuer keys. */
    private static SimCard reissued() throws Exception {
        var contents = SimulatedCards.contents(Personas.builtIn("adult"));
        return new ReplacedFilesCard(SimulatedCards.create("adult"), Map.of(
                CardFile.TEXT_AP_CERT,
                reissue(contents.file(CardFile.TEXT_AP_CERT).orElseThrow(), "5000033", textIssuer),
                CardFile.VISUAL_AP_CERT, reissue(contents.file(CardFile.VISUAL_AP_CERT).orElseThrow(), "5000023",
                        visualIssuer)));
    }

    private static byte[] reissue(byte[] file, String issuerId, KeyPair issuer) throws Exception {
        byte[] certificate = dev.mynumber.sim.files.CvCertificate.build(issuerId, issuer,
                CvCertificate.parse(file, "test").publicKey());
        assertEquals(file.length, certificate.length, "the re-issued certificate must fill the same file");
        return certificate;
    }

    private static Verification read(Sessions service) throws Exception {
        SimCard card = reissued();
        return new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(new MyNumberCard(card::transmit), Progress.NONE)).verification();
    }

    private static CheckReason reason(Verification v, String check) {
        return v.checks().stream().filter(c -> c.name().equals(check)).findFirst().orElseThrow().reasonCode();
    }

    private static Sessions withKeys(IssuerKeys keys) {
        Verifiers simulator = ReadCardUseCaseTest.simulatorVerifiers();
        return new Sessions(Clock.systemUTC(), new Verifiers(new CardDataVerifier(keys), simulator.certificates()));
    }

    @Test
    void theSimulatorsTestIssuerKeysNeverRejectACardFromAnotherIssuer() throws Exception {
        Verification v = read(new Sessions(Clock.systemUTC(), ReadCardUseCaseTest.simulatorVerifiers()));
        assertEquals(PageVerdict.NOT_VERIFIED, v.verdict(), v.toString());
        assertEquals(CheckReason.ISSUER_KEY_NOT_MATCHING, reason(v, CheckNames.TEXT_CERTIFICATE));
        assertEquals(CheckReason.ISSUER_KEY_NOT_MATCHING, reason(v, CheckNames.VISUAL_CERTIFICATE));
        assertEquals(VerdictReason.ISSUER_NOT_VERIFIED, v.reasonCode());
        assertEquals(CheckReason.CHALLENGE_SIGNED, reason(v, CheckNames.TEXT_LIVENESS));
        assertEquals(CheckReason.CHALLENGE_SIGNED, reason(v, CheckNames.VISUAL_LIVENESS));
    }

    @Test
    void withoutIssuerKeysItIsIssuerNotVerified() throws Exception {
        Verification v = read(Sessions.unconfigured(Clock.systemUTC()));
        assertEquals(PageVerdict.NOT_VERIFIED, v.verdict());
        assertEquals(CheckReason.ISSUER_NOT_CONFIGURED, reason(v, CheckNames.TEXT_CERTIFICATE));
    }

    @Test
    void theRightIssuerKeyAmongSeveralVerifiesItBoundOrNot() throws Exception {
        // a key of another generation first: it proves nothing, the matching one verifies
        IssuerKeys bound = new IssuerKeys(List.of(IssuerKey.bound(rsa(visualIssuer), "5000033:001"),
                IssuerKey.bound(rsa(textIssuer), TEXT_REF)), List.of(IssuerKey.bound(rsa(visualIssuer), VISUAL_REF)));
        assertEquals(PageVerdict.VERIFIED, read(withKeys(bound)).verdict());
        assertEquals(PageVerdict.VERIFIED, read(withKeys(IssuerKeys.of(rsa(textIssuer), rsa(visualIssuer)))).verdict());
    }

    @Test
    void aBoundKeyOfTheNamedIssuerThatDoesNotVerifyRejects() throws Exception {
        IssuerKeys wrong = IssuerKeys.bound(rsa(visualIssuer), TEXT_REF, rsa(textIssuer), VISUAL_REF);
        Verification v = read(withKeys(wrong));
        assertEquals(PageVerdict.REJECTED, v.verdict());
        assertEquals(CheckReason.ISSUER_SIGNATURE_INVALID, reason(v, CheckNames.TEXT_CERTIFICATE));
    }

    private static RSAPublicKey rsa(KeyPair pair) {
        return (RSAPublicKey) pair.getPublic();
    }
}
