package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.auth.AuthRequest;
import dev.mynumber.agent.auth.Authenticate;
import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.certificate.ReadAuthCertificate;
import dev.mynumber.agent.certificate.ReadSignCertificate;
import dev.mynumber.agent.pin.PinEntry;
import dev.mynumber.agent.pin.ReadPinStatus;
import dev.mynumber.agent.signing.Sign;
import dev.mynumber.agent.signing.SignFormat;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.apdu.transport.ReaderTransport;
import dev.mynumber.apdu.transport.Transports;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.jpki.JpkiConstants;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.card.session.ApduSession;
import dev.mynumber.card.session.CardSigner;
import dev.mynumber.card.session.PinGate;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.persona.SimulatedCards;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 13 item 3: every use case works, with the same verdict and no extra PIN sent, on a card or reader that
 * behaves another way the spec allows (played by {@link VariantTransports} over the simulated adult card), with
 * the agent's transport stack and one {@link ReaderCapabilities} kept for the reader across operations.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ClientVariantsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final Sessions service = Sessions.unconfigured(CLOCK);

    /** What one run of every use case showed. */
    private record Run(String verdictByPin, String verdictByCodeB, long pinsSent) {
    }

    @Test
    void everyUseCaseWorksOnEveryVariant() throws Exception {
        Map<String, UnaryOperator<CardTransport>> variants = new LinkedHashMap<>();
        variants.put("plain", t -> t);
        variants.put("reselect-clears-status", VariantTransports::reselectClears);
        variants.put("signature-consumes-status", VariantTransports::signatureConsumesStatus);
        variants.put("short-apdu-reader", VariantTransports::shortApduReader);
        variants.put("chaining-driver", VariantTransports::chainingDriver);
        Run plain = null;
        for (Map.Entry<String, UnaryOperator<CardTransport>> variant : variants.entrySet()) {
            Run run = runAll(variant.getKey(), variant.getValue());
            if (plain == null) {
                plain = run;
            }
            assertEquals(plain.verdictByPin(), run.verdictByPin(), variant.getKey());
            assertEquals(plain.verdictByCodeB(), run.verdictByCodeB(), variant.getKey());
            assertEquals(plain.pinsSent(), run.pinsSent(), variant.getKey() + ": no PIN is ever sent twice");
        }
    }

    @Test
    void aShortApduReaderIsLearnedOnceAndTheFollowingOperationsSendNoExtendedApdu() throws Exception {
        ReaderCapabilities reader = new ReaderCapabilities();
        SimCard sim = SimulatedCards.create("adult");
        RecordingTransport wire = new RecordingTransport(VariantTransports.shortApduReader(sim::transmit));
        CardTransport stack = Transports.standard(wire);
        for (int operation = 0; operation < 3; operation++) {
            CardInfoView info = new ReadCardInfo(
                    CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                    .run(service.on(new MyNumberCard(new ReaderTransport(stack, reader)), Progress.NONE));
            assertTrue(info.images().photoWidth() > 0);
            sim.reset();
        }
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        assertEquals(1, wire.extendedCount(), "one extended APDU on this reader, ever");
    }

    @Test
    void theFakesPlayTheirVariant() throws Exception {
        SimCard sim = SimulatedCards.create("adult");
        MyNumberCard reselecting = new MyNumberCard(VariantTransports.reselectClears(sim::transmit));
        reselecting.textAp().verify(SimCards.pin(SimCards.PIN), LastTry.REFUSE);
        ApduException cleared = assertThrows(ApduException.class, () -> reselecting.textAp().readMyNumber());
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED, cleared.code());
        sim.reset();
        ApduSession channel = new ApduSession(VariantTransports.signatureConsumesStatus(sim::transmit),
                ReadOptions.DEFAULT);
        JpkiAp.open(channel);
        new PinGate(channel).verify(JpkiConstants.AUTH_PIN, SimCards.pin(SimCards.PIN), LastTry.REFUSE);
        byte[] digestInfo = DigestAlgorithm.SHA256.digestInfo(new byte[32]);
        new CardSigner(channel).signWithKey(JpkiConstants.AUTH_KEY, digestInfo);
        ApduException consumed = assertThrows(ApduException.class,
                () -> new CardSigner(channel).signWithKey(JpkiConstants.AUTH_KEY, digestInfo));
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED, consumed.code());
        sim.reset();
        RecordingTransport wire = new RecordingTransport(VariantTransports.chainingDriver(sim::transmit));
        new MyNumberCard(Transports.standard(wire)).jpki().authCertificate();
        assertTrue(wire.headers().contains("00C00000"), "the certificate came by GET RESPONSE");
    }

    private Run runAll(String name, UnaryOperator<CardTransport> variant) throws Exception {
        SimCard sim = SimulatedCards.create("adult");
        RecordingTransport wire = new RecordingTransport(sim::transmit);
        CardTransport stack = Transports.standard(variant.apply(wire));
        ReaderCapabilities reader = new ReaderCapabilities();
        Operation op = () -> new MyNumberCard(new ReaderTransport(stack, reader));
        CardInfoView byPin = new ReadCardInfo(
                CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(op.card(), Progress.NONE));
        sim.reset();
        CardInfoView byB;
        try (VerificationCodeB code = SimCards.adultCodeB(byPin)) {
            byB = new ReadCardInfo(CardInfoRequest.withCodeB(code, LastTry.REFUSE))
                    .run(service.on(op.card(), Progress.NONE));
        }
        sim.reset();
        assertNotNull(new Authenticate(
                AuthRequest.challenge(SimCards.pin(SimCards.PIN), new byte[] {1, 2, 3}, LastTry.REFUSE))
                .run(service.on(op.card(), Progress.NONE)).signature(), name);
        sim.reset();
        byte[] data = "variant".getBytes(StandardCharsets.US_ASCII);
        for (SignFormat format : SignFormat.values()) {
            assertNotNull(new Sign(SimCards.password(SimCards.PASSWORD),
                    SignRequest.ofData(data, DigestAlgorithm.SHA256, format), LastTry.REFUSE)
                    .run(service.on(op.card(), Progress.NONE))
                    .signature(), name + " " + format);
            sim.reset();
        }
        assertNotNull(new ReadSignCertificate(SimCards.password(SimCards.PASSWORD), LastTry.REFUSE)
                .run(service.on(op.card())));
        sim.reset();
        assertNotNull(new ReadAuthCertificate().run(service.on(op.card())).summary(), name);
        sim.reset();
        for (PinEntry entry : new ReadPinStatus().run(service.on(op.card())).pins()) {
            assertEquals(entry.maxTries(), entry.triesLeft(), name + ": no try spent, " + entry.kind());
        }
        return new Run(byPin.verification().verdict().name(), byB.verification().verdict().name(),
                wire.verifiesWithData());
    }

    /** A new card session on the same reader, as the agent opens one per operation. */
    @FunctionalInterface
    private interface Operation {
        MyNumberCard card();
    }
}
