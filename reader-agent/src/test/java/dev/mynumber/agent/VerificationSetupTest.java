package dev.mynumber.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.certificate.CertificateView;
import dev.mynumber.agent.certificate.ReadAuthCertificate;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.RevocationStatus;
import dev.mynumber.verifier.VerificationConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification keys of the configuration file, and what they load. */
class VerificationSetupTest {
    @TempDir
    Path dir;

    private static CertificateView authCertificate(Verifiers verifiers) throws Exception {
        return new ReadAuthCertificate().run(new Sessions(Clock.systemUTC(), verifiers)
                .on(new MyNumberCard(SimulatedCards.create("adult")::transmit)));
    }

    @Test
    void everyVerificationKeyIsReadAndTheFilesAreLoaded() throws Exception {
        Path root = Files.write(dir.resolve("root.der"), TestPki.get().authRoot().getEncoded());
        Path crl = Files.write(dir.resolve("auth.crl"), SimulatedCrls.authCrl().getEncoded());
        Path text = Files.writeString(dir.resolve("text.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(TestPki.get().textApIssuerKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Path visual = Files.write(dir.resolve("visual.der"), TestPki.get().visualApIssuerKey().getEncoded());
        Path file = Files.writeString(dir.resolve("agent.json"), String.format("{\"trustAnchorFiles\":[\"%s\"],"
                + "\"crlFiles\":[\"%s\"],\"textApIssuerKeyFile\":\"%s\",\"visualApIssuerKeyFile\":\"%s\"}",
                root, crl, text, visual));

        AgentConfig cfg = AgentConfig.load(file);
        Verifiers verifiers = VerificationSetup.from(cfg, false, Clock.systemUTC());

        assertEquals(CertificateStatus.VALID, authCertificate(verifiers).verification().status(),
                "chain and CRL from the files");
    }

    @Test
    void issuerKeysBoundByReferenceCanRejectUnboundOnesCannot() throws Exception {
        // the two keys swapped, as an operator might: bound to the references the certificates name, they
        // refute them; unbound, they might be keys of another generation and prove nothing
        Path text = Files.write(dir.resolve("text.der"), TestPki.get().visualApIssuerKey().getEncoded());
        Path visual = Files.write(dir.resolve("visual.der"), TestPki.get().textApIssuerKey().getEncoded());
        String keys = String.format("\"textApIssuerKeyFile\":\"%s\",\"visualApIssuerKeyFile\":\"%s\"", text, visual);
        Path bound = Files.writeString(dir.resolve("bound.json"), "{" + keys
                + ",\"textApIssuerKeyReference\":\"6000033:000\",\"visualApIssuerKeyReference\":\"6000023:000\"}");
        Path unbound = Files.writeString(dir.resolve("unbound.json"), "{" + keys + "}");

        assertEquals("REJECTED",
                cardVerdict(VerificationSetup.from(AgentConfig.load(bound), false, Clock.systemUTC())));
        assertEquals("NOT_VERIFIED", cardVerdict(VerificationSetup.from(AgentConfig.load(unbound), false,
                Clock.systemUTC())));
    }

    private static String cardVerdict(Verifiers verifiers) throws Exception {
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            return new ReadCardInfo(CardInfoRequest.withPin(pin, LastTry.REFUSE, false))
                    .run(new Sessions(Clock.systemUTC(),
                            verifiers).on(new MyNumberCard(SimulatedCards.create("adult")::transmit)))
                    .verification().verdict().name();
        }
    }

    @Test
    void outsideSimulatorModeTheShippedRootsDoNotTrustTheSimulator() throws Exception {
        CertificateView view = authCertificate(
                VerificationSetup.from(AgentConfig.defaults(), false, Clock.systemUTC()));
        assertEquals(CertificateStatus.INVALID, view.verification().status(),
                "a test certificate does not chain to J-LIS");
        assertEquals(RevocationStatus.NOT_CHECKED, view.verification().revocation());
    }

    @Test
    void aMissingOrWrongFileStopsTheStartNamingIt() throws IOException {
        Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello");
        AgentConfig missing = AgentConfig.defaults()
                .withCrlFiles(java.util.List.of(dir.resolve("none.crl").toString()));
        VerificationConfigException e = assertThrows(VerificationConfigException.class,
                () -> VerificationSetup.from(missing, true, Clock.systemUTC()));
        assertTrue(e.getMessage().contains("none.crl"), e.getMessage());
        Path file = Files.writeString(dir.resolve("agent.json"), "{\"textApIssuerKeyFile\":\"" + notAKey + "\"}");
        e = assertThrows(VerificationConfigException.class,
                () -> VerificationSetup.from(AgentConfig.load(file), false, Clock.systemUTC()));
        assertEquals("VERIFICATION_CONFIG", e.code());
        assertFalse(e.getMessage().contains("hello"), "never the file's contents");
    }

    @Test
    void unknownVerificationKeysAreStillRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("agent.json"), "{\"crlFile\":\"/tmp/x.crl\"}");
        assertThrows(IOException.class, () -> AgentConfig.load(file));
    }
}
