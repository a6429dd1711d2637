package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.support.ApKeyFiles;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.support.Tamper;
import dev.mynumber.agent.verification.Verification;
import dev.mynumber.agent.verification.Verification.PageVerdict;
import dev.mynumber.agent.verification.VerificationCheck;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.verify.CheckNames;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.VerdictReason;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.pki.TestPki;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The card-info verdict on cards that follow each plausible reading of an unconfirmed rule (who signs text
 * {@code 0007} {@code DF52}, spec §10): a genuine card is never REJECTED, with the simulator's issuer keys or with
 * nothing configured; a card whose data fails a confirmed fact still is, with or without issuer keys.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UnconfirmedRulesVerdictTest {
    private static final TestPki PKI = TestPki.get();
    private static KeyPair stranger;
    private final Sessions configured = new Sessions(Clock.systemUTC(), ReadCardUseCaseTest.simulatorVerifiers());
    private final Sessions unconfigured = Sessions.unconfigured(Clock.systemUTC());

    @BeforeAll
    static void strangerKey() throws Exception {
        stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    }

    private static Verification read(Sessions service, SimCard sim) throws Exception {
        return new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(new MyNumberCard(sim::transmit), Progress.NONE)).verification();
    }

    private static VerificationCheck check(Verification v, String name) {
        return v.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void df52ByTheCertifiedKeyIsVerifiedAndIssuerNotVerifiedWithoutKeys() throws Exception {
        Verification withKeys = read(configured, SimulatedCards.create("adult"));
        Verification without = read(unconfigured, SimulatedCards.create("adult"));

        assertEquals(PageVerdict.VERIFIED, withKeys.verdict());
        assertEquals(CheckReason.KEY_LINK_CERTIFIED_KEY, check(withKeys, CheckNames.TEXT_KEY_LINK).reasonCode());
        assertEquals(PageVerdict.NOT_VERIFIED, without.verdict());
        assertEquals(VerdictReason.ISSUER_NOT_VERIFIED, without.reasonCode());
        assertEquals(CheckReason.KEY_LINK_CERTIFIED_KEY, check(without, CheckNames.TEXT_KEY_LINK).reasonCode());
    }

    @Test
    void df52ByTheIssuerKeyIsVerifiedWithKeysAndNeverRejectedWithout() throws Exception {
        Verification withKeys = read(configured, ApKeyFiles.signedBy("adult", PKI.textApIssuer().getPrivate()));
        Verification without = read(unconfigured, ApKeyFiles.signedBy("adult", PKI.textApIssuer().getPrivate()));

        assertEquals(PageVerdict.VERIFIED, withKeys.verdict(), withKeys.toString());
        assertEquals(CheckReason.KEY_LINK_ISSUER_KEY, check(withKeys, CheckNames.TEXT_KEY_LINK).reasonCode());
        assertEquals(PageVerdict.NOT_VERIFIED, without.verdict(), without.toString());
        assertEquals(VerdictReason.ISSUER_NOT_VERIFIED, without.reasonCode());
        assertEquals(CheckReason.KEY_LINK_ISSUER_NOT_CONFIGURED, check(without, CheckNames.TEXT_KEY_LINK).reasonCode());
        assertEquals(CheckStatus.PASSED, check(without, CheckNames.TEXT_LIVENESS).status(), "judged on its own");
    }

    @Test
    void df52NoReadingExplainsIsNotCheckedAndTheChallengeIsStillSent() throws Exception {
        RecordingTransport transport = new RecordingTransport(
                ApKeyFiles.signedBy("adult", stranger.getPrivate())::transmit);
        Verification v = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(configured.on(new MyNumberCard(transport), Progress.NONE)).verification();

        assertEquals(PageVerdict.NOT_VERIFIED, v.verdict(), v.toString());
        assertEquals(VerdictReason.CHECKS_INCOMPLETE, v.reasonCode());
        VerificationCheck link = check(v, CheckNames.TEXT_KEY_LINK);
        assertEquals(CheckStatus.NOT_CHECKED, link.status());
        assertEquals(CheckReason.KEY_LINK_RULE_UNCONFIRMED, link.reasonCode());
        assertTrue(link.reason().contains("unconfirmed"), link.reason());
        assertEquals(CheckReason.CHALLENGE_SIGNED, check(v, CheckNames.TEXT_LIVENESS).reasonCode());
        assertEquals(2, transport.headers().stream().filter("802A0000"::equals).count(), "text and visual challenge");
    }

    @Test
    void aChallengeAnsweredWithAKeyOtherThanDf51IsRejectedUnderEitherConfiguration() throws Exception {
        // DF51 replaced by a key the chip does not hold, DF52 made by the 0004 key so the link itself holds
        RSAPublicKey foreign = (RSAPublicKey) stranger.getPublic();
        for (Sessions service : List.of(configured, unconfigured)) {
            Verification v = read(service,
                    ApKeyFiles.foreignKey("adult", foreign, PKI.textApSigner().getPrivate()));
            assertEquals(PageVerdict.REJECTED, v.verdict(), v.toString());
            assertEquals(VerdictReason.CHECK_FAILED, v.reasonCode());
            assertEquals(CheckReason.CHALLENGE_SIGNATURE_INVALID, check(v, CheckNames.TEXT_LIVENESS).reasonCode());
            assertEquals(CheckReason.KEY_LINK_CERTIFIED_KEY, check(v, CheckNames.TEXT_KEY_LINK).reasonCode());
        }
    }

    @Test
    void tamperedDataIsRejectedWithoutIssuerKeysToo() throws Exception {
        for (Tamper field : List.of(Tamper.NAME, Tamper.NAME_IMAGE)) {
            Verification v = read(unconfigured, field.card("adult"));
            assertEquals(PageVerdict.REJECTED, v.verdict(), field + " " + v);
            assertEquals(VerdictReason.CHECK_FAILED, v.reasonCode());
        }
        Verification cert = read(unconfigured,
                Tamper.TEXT_CERTIFICATE.card("adult"));
        assertNotEquals(PageVerdict.REJECTED, cert.verdict(),
                "a CV certificate is only judged against a configured issuer key");
        assertEquals(CheckReason.ISSUER_NOT_CONFIGURED, check(cert, CheckNames.TEXT_CERTIFICATE).reasonCode());
    }

    @Test
    void everyCheckCarriesAReasonCodeOfItsOwnStatus() throws Exception {
        for (Sessions service : List.of(configured, unconfigured)) {
            Verification v = read(service, SimulatedCards.create("adult"));
            assertEquals(CheckNames.ALL, v.checks().stream().map(VerificationCheck::name).toList());
            v.checks().forEach(c -> assertEquals(c.status().name(), c.reasonCode().status().name(), c.name()));
            v.authCertificate().checks().forEach(c -> assertEquals(c.status().name(),
                    c.reasonCode().status().name(), c.name()));
        }
    }
}
