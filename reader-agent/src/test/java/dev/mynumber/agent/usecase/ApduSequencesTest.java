package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.agent.auth.AuthRequest;
import dev.mynumber.agent.auth.Authenticate;
import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.certificate.ReadAuthCertificate;
import dev.mynumber.agent.certificate.ReadSignCertificate;
import dev.mynumber.agent.pin.PinCounters;
import dev.mynumber.agent.pin.PinEntry;
import dev.mynumber.agent.pin.PinStatusReport;
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
import dev.mynumber.card.PinKind;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.persona.SimulatedCards;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17 item 1: the exact APDU sequence of every operation, on an extended-length reader and on a short-APDU
 * reader (already learned), as docs/apdu-sequences.md lists them. A change to any count must change that page.
 * Names: see {@link RecordingTransport#named()}; a short reader reads 256 bytes at a time ({@code READ @0100}...).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ApduSequencesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final byte[] DATA = "sequence".getBytes(StandardCharsets.US_ASCII);
    private final Sessions service = Sessions.unconfigured(CLOCK);

    /** The two kinds of reader. */
    enum Reader {
        EXTENDED, SHORT
    }

    /** The adult card behind a recording wire, with the agent's transport stack and a learned reader. */
    private static final class Wire {
        final SimCard sim = SimulatedCards.create("adult");
        final RecordingTransport wire = new RecordingTransport(sim::transmit);
        final CardTransport stack;
        final ReaderCapabilities capabilities;

        Wire(Reader reader) {
            CardTransport card = reader == Reader.SHORT ? VariantTransports.shortApduReader(wire) : wire;
            stack = Transports.standard(card);
            capabilities = new ReaderCapabilities(reader == Reader.SHORT ? ExtendedLength.UNSUPPORTED
                    : ExtendedLength.SUPPORTED);
        }

        MyNumberCard card;

        /** A fresh session after the reset the agent does between operations, with an empty transcript. */
        MyNumberCard card() {
            sim.reset();
            wire.clear();
            card = new MyNumberCard(new ReaderTransport(stack, capabilities));
            return card;
        }

        String named() {
            return String.join(", ", wire.named());
        }

        int count() {
            return wire.count();
        }

        List<PinKind> knownKinds() {
            return List.copyOf(card.knownPinStatuses().keySet());
        }
    }

    /** The adult persona's face (EF 02 of the visual AP) takes 19 short reads; the certificates 5 and 4. */
    private static String shortRest(int chunks) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < chunks; i++) {
            out.append(String.format(", READ @%02X00", i));
        }
        return out.toString();
    }

    private static String read(Reader reader, String ef, int shortChunks) {
        return "READ " + ef + (reader == Reader.SHORT ? shortRest(shortChunks) : "");
    }

    /** Text AP by PIN or 照合番号B, then its liveness challenge with the text AP still selected. */
    private static String textAp(Reader r, String key, boolean myNumber) {
        return "SELECT, QUERY " + key + ", VERIFY " + key + (myNumber ? ", READ 01" : "") + ", READ 02, "
                + read(r, "03", 2) + ", " + read(r, "04", 3) + ", " + read(r, "07", 3) + ", SIGN 00";
    }

    /** Visual AP: 照合番号A or B, the face, the certificate, the liveness challenge; then the auth certificate. */
    private static String visualApThenAuthCertificate(Reader r, String key) {
        return "SELECT, QUERY " + key + ", VERIFY " + key + ", " + read(r, "02", 19) + ", " + read(r, "04", 3)
                + ", SIGN 00, SELECT, " + read(r, "0A", 5);
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void cardInfoByPin(Reader reader) throws Exception {
        Wire w = new Wire(reader);
        new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(w.card(), Progress.NONE));
        assertEquals(textAp(reader, "91", true) + ", " + visualApThenAuthCertificate(reader, "93"), w.named());
        assertEquals(reader == Reader.EXTENDED ? 17 : 46, w.count());
        assertEquals(List.of(PinKind.TEXT_PIN, PinKind.VISUAL_CODE_A), w.knownKinds());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void cardInfoByCodeB(Reader reader) throws Exception {
        Wire w = new Wire(reader);
        CardInfoView byPin = new ReadCardInfo(
                CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(w.card(), Progress.NONE));
        MyNumberCard card = w.card();
        try (VerificationCodeB code = SimCards.adultCodeB(byPin)) {
            new ReadCardInfo(CardInfoRequest.withCodeB(code, LastTry.REFUSE)).run(service.on(card, Progress.NONE));
        }
        assertEquals(textAp(reader, "95", false) + ", " + visualApThenAuthCertificate(reader, "92"), w.named());
        assertEquals(reader == Reader.EXTENDED ? 16 : 45, w.count());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void authenticateVerifiesAndSignsBeforeReadingTheCertificate(Reader reader) throws Exception {
        Wire w = new Wire(reader);
        new Authenticate(AuthRequest.challenge(SimCards.pin(SimCards.PIN), new byte[] {1}, LastTry.REFUSE))
                .run(service.on(w.card(), Progress.NONE));
        assertEquals("SELECT, QUERY 98, VERIFY 98, SIGN 97, " + read(reader, "0A", 5), w.named());
        assertEquals(reader == Reader.EXTENDED ? 5 : 9, w.count());
        assertEquals(List.of(PinKind.AUTH_PIN), w.knownKinds());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void signSendsThePasswordOnce(Reader reader) throws Exception {
        for (SignFormat format : SignFormat.values()) {
            Wire w = new Wire(reader);
            new Sign(SimCards.password(SimCards.PASSWORD), SignRequest.ofData(DATA, DigestAlgorithm.SHA256, format),
                    LastTry.REFUSE).run(service.on(w.card(), Progress.NONE));
            assertEquals("SELECT, QUERY 9B, VERIFY 9B, " + read(reader, "01", 6) + ", SIGN 9A", w.named(),
                    format.name());
            assertEquals(1, w.wire.verifiesWithData());
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void certificates(Reader reader) throws Exception {
        Wire w = new Wire(reader);
        new ReadSignCertificate(SimCards.password(SimCards.PASSWORD), LastTry.REFUSE).run(service.on(w.card()));
        assertEquals("SELECT, QUERY 9B, VERIFY 9B, " + read(reader, "01", 6), w.named());
        new ReadAuthCertificate().run(service.on(w.card()));
        assertEquals("SELECT, " + read(reader, "0A", 5), w.named());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aWrongPinReadsNothingAndItsAnswerTellsTheCounter(Reader reader) throws Exception {
        Wire w = new Wire(reader);
        MyNumberCard card = w.card();
        ApduException wrong = assertThrows(ApduException.class,
                () -> new Authenticate(AuthRequest.challenge(SimCards.pin("9999"), new byte[] {1}, LastTry.REFUSE))
                        .run(service.on(card, Progress.NONE)));
        assertEquals(ErrorCode.WRONG_PIN, wrong.code());
        assertEquals("SELECT, QUERY 98, VERIFY 98", w.named());
        PinStatusReport known = PinCounters.learned(card);
        assertEquals(List.of(new PinEntry(PinKind.AUTH_PIN, 2, 3, false, false)), known.pins());
        assertEquals(PinKind.values().length - 1, known.unknown().size());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theRefusedLastTryIsAQueryAndNoVerify(Reader reader) throws Exception {
        Wire w = new Wire(reader);
        for (int i = 0; i < 2; i++) {
            MyNumberCard card = w.card();
            assertThrows(ApduException.class,
                    () -> new Authenticate(AuthRequest.challenge(SimCards.pin("9999"), new byte[] {1}, LastTry.ALLOW))
                            .run(service.on(card, Progress.NONE)));
        }
        MyNumberCard card = w.card();
        ApduException refused = assertThrows(ApduException.class,
                () -> new Authenticate(
                        AuthRequest.challenge(SimCards.pin(SimCards.PIN), new byte[] {1}, LastTry.REFUSE))
                        .run(service.on(card, Progress.NONE)));
        assertEquals(ErrorCode.LAST_TRY_NOT_CONFIRMED, refused.code());
        assertEquals("SELECT, QUERY 98", w.named());
        assertEquals(List.of(new PinEntry(PinKind.AUTH_PIN, 1, 3, false, true)), PinCounters.learned(card).pins());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void pinStatusReadsEveryCounterOnce(Reader reader) throws Exception {
        Wire w = new Wire(reader);
        PinStatusReport report = new ReadPinStatus().run(service.on(w.card()));
        assertEquals("SELECT, QUERY 98, QUERY 9B, SELECT, QUERY 91, QUERY 94, QUERY 95, SELECT, QUERY 93, QUERY 92, "
                + "QUERY 91, SELECT, QUERY 9C, SELECT, QUERY 9C", w.named());
        assertEquals(10, report.pins().size());
        assertEquals(List.of(), report.unknown());
    }
}
