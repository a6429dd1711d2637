package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.support.Tamper;
import dev.mynumber.agent.verification.CertificateVerification;
import dev.mynumber.agent.verification.Verification.PageVerdict;
import dev.mynumber.agent.verification.VerificationCheck;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.VerdictStatus;
import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.RevocationStatus;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Card information carries the real verdict: genuine, tampered, and nothing configured. */
class CardVerificationTest {
    private final Sessions simulator = new Sessions(Clock.systemUTC(), ReadCardUseCaseTest.simulatorVerifiers());

    private CardInfoView read(Sessions service, MyNumberCard card) throws Exception {
        return new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(card, Progress.NONE));
    }

    private static Map<String, CheckStatus> statuses(CardInfoView info) {
        return info.verification().checks().stream()
                .collect(Collectors.toMap(VerificationCheck::name, VerificationCheck::status));
    }

    @Test
    void everyPersonaWithACardFaceIsGenuineInSimulatorMode() throws Exception {
        for (String persona : new String[] {"adult", "revoked", "expired"}) {
            CardInfoView info = read(simulator, SimCards.open(persona).card);
            ReadCardUseCaseTest.assertGenuine(info, 9);
        }
    }

    @Test
    void theRevokedPersonasAuthenticationCertificateIsRevokedWhileItsCardDataStaysGenuine() throws Exception {
        CardInfoView info = read(simulator, SimCards.open("revoked").card);

        ReadCardUseCaseTest.assertGenuine(info, 9);
        CertificateVerification auth = info.verification().authCertificate();
        assertEquals(CertificateStatus.INVALID, auth.status());
        assertEquals(RevocationStatus.REVOKED, auth.revocation());
        assertEquals(CheckStatus.FAILED, auth.checks().stream()
                .filter(c -> c.name().equals("certificate.revocation")).findFirst().orElseThrow().status());
    }

    @Test
    void theExpiredPersonasAuthenticationCertificateFailsValidity() throws Exception {
        CertificateVerification auth = read(simulator, SimCards.open("expired").card).verification()
                .authCertificate();

        assertEquals(CertificateStatus.INVALID, auth.status());
        assertEquals(CheckStatus.FAILED, auth.checks().stream()
                .filter(c -> c.name().equals("certificate.validity")).findFirst().orElseThrow().status());
    }

    @Test
    void withoutIssuerKeysTheCertificatesAreNotCheckedAndTheVerdictIsNeverAPass() throws Exception {
        CardInfoView info = read(Sessions.unconfigured(Clock.systemUTC()), SimCards.open("adult").card);

        assertEquals(VerdictStatus.INCOMPLETE, info.verification().status());
        assertEquals(PageVerdict.NOT_VERIFIED, info.verification().verdict());
        VerificationCheck cert = info.verification().checks().stream()
                .filter(c -> c.name().equals("text-ap.certificate")).findFirst().orElseThrow();
        assertEquals(CheckStatus.NOT_CHECKED, cert.status());
        assertTrue(cert.reason().contains("issuer not verified"), cert.reason());
        assertEquals(CheckStatus.PASSED, statuses(info).get("visual-ap.liveness"), "liveness needs no issuer key");
        CertificateVerification auth = info.verification().authCertificate();
        assertEquals(CertificateStatus.INCOMPLETE, auth.status(), "no trust anchor, no chain check: never VALID");
        assertEquals(RevocationStatus.NOT_CHECKED, auth.revocation());
    }

    @Test
    void aChangedNameFailsTheAttributesDigest() throws Exception {
        SimCards genuine = SimCards.open("adult");
        CardInfoView original = read(simulator, genuine.card);
        MyNumberCard forged = new MyNumberCard(
                Tamper.NAME.card("adult")::transmit);

        CardInfoView info = read(simulator, forged);

        assertNotEquals(original.name(), info.name(), "the forged card shows another name");
        assertEquals(VerdictStatus.NOT_GENUINE, info.verification().status());
        assertEquals(PageVerdict.REJECTED, info.verification().verdict());
        Map<String, CheckStatus> s = statuses(info);
        assertEquals(CheckStatus.FAILED, s.get("text-ap.attributes-digest"));
        assertEquals(CheckStatus.PASSED, s.get("text-ap.integrity-signature"), "the record itself is untouched");
    }

    @Test
    void aCardErrorDuringTheLivenessChallengeIsNotCheckedAndNeverGenuine() throws Exception {
        // with REFUSE (issue 17 order): text AP 1-9 with its challenge at 9, visual AP 10-15 with its challenge at 15
        FaultyCard faulty = new FaultyCard(SimulatedCards.create("adult"), FaultPlan.parse("sw-at:15=6F00"));

        CardInfoView info = read(simulator, new MyNumberCard(faulty::transmit));

        assertEquals(VerdictStatus.INCOMPLETE, info.verification().status(), info.verification().toString());
        assertEquals(PageVerdict.NOT_VERIFIED, info.verification().verdict());
        VerificationCheck broken = info.verification().checks().stream()
                .filter(c -> c.status() == CheckStatus.NOT_CHECKED).findFirst().orElseThrow();
        assertTrue(broken.name().endsWith(".liveness"), broken.name());
        assertTrue(broken.reason().contains("card error"), broken.reason());
        assertTrue(info.verification().checks().stream().noneMatch(c -> c.status() == CheckStatus.FAILED));
    }

    @Test
    void aCardErrorOrCorruptionOnTheAuthCertificateStillGivesTheCardDataAndNeverValid() throws Exception {
        // with REFUSE: text AP 1-9 and visual AP 10-15 (each with its challenge), SELECT JPKI AP (16), READ 000A (17)
        CardInfoView error = read(simulator, new MyNumberCard(
                new FaultyCard(SimulatedCards.create("adult"), FaultPlan.parse("sw-at:17=6F00"))::transmit));
        CardInfoView corrupt = read(simulator, new MyNumberCard(
                new FaultyCard(SimulatedCards.create("adult"), FaultPlan.parse("corrupt-at:17@4"))::transmit));

        ReadCardUseCaseTest.assertGenuine(error, 9);
        assertEquals(CertificateStatus.INCOMPLETE, error.verification().authCertificate().status());
        assertTrue(error.verification().authCertificate().revocationReason().contains("card error"));
        ReadCardUseCaseTest.assertGenuine(corrupt, 9);
        assertEquals(CertificateStatus.INVALID, corrupt.verification().authCertificate().status());
    }

    @Test
    void aChangedNameImageFailsTheFaceSignature() throws Exception {
        MyNumberCard forged = new MyNumberCard(
                Tamper.NAME_IMAGE.card("adult")::transmit);

        CardInfoView info = read(simulator, forged);

        assertEquals(VerdictStatus.NOT_GENUINE, info.verification().status());
        Map<String, CheckStatus> s = statuses(info);
        assertEquals(CheckStatus.FAILED, s.get("visual-ap.face-signature"));
        assertEquals(CheckStatus.PASSED, s.get("text-ap.attributes-digest"), "the text AP is untouched");
    }

    @Test
    void aChangedTextApCertificateFailsTheCertificateCheck() throws Exception {
        MyNumberCard forged = new MyNumberCard(
                Tamper.TEXT_CERTIFICATE.card("adult")::transmit);

        CardInfoView info = read(simulator, forged);

        assertEquals(VerdictStatus.NOT_GENUINE, info.verification().status());
        assertEquals(CheckStatus.FAILED, statuses(info).get("text-ap.certificate"));
    }
}
