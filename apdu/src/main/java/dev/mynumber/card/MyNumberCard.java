package dev.mynumber.card;

import dev.mynumber.apdu.Aid;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.card.commonap.CommonAp;
import dev.mynumber.card.commonap.CommonApConstants;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.jpki.JpkiConstants;
import dev.mynumber.card.jpki.TokenInfo;
import dev.mynumber.card.jpki.TokenKind;
import dev.mynumber.card.jukiap.JukiAp;
import dev.mynumber.card.jukiap.JukiApConstants;
import dev.mynumber.card.session.ApduSession;
import dev.mynumber.card.session.PinGate;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.textap.TextApConstants;
import dev.mynumber.card.visualap.VisualAp;
import dev.mynumber.card.visualap.VisualApConstants;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The My Number card (個人番号カード) over any transport: the entry point that opens each application.
 *
 * <p>Each {@code xxxAp()} call SELECTs that application (one APDU), which clears the security status of the
 * previously selected one (spec quirk 3); use one application session at a time. Not thread-safe.
 *
 * <pre>{@code
 * CardTransport raw = new SmartcardioTransport(card.getBasicChannel());
 * MyNumberCard myNumberCard = new MyNumberCard(Transports.standard(new MaskedLogTransport(raw, log::debug)));
 * TextAp text = myNumberCard.textAp();
 * try (Pin4 pin = Pin4.of(typed)) {
 *     text.verify(pin, LastTry.REFUSE); // refuses to spend the last try
 * }
 * MyNumber number = text.readMyNumber();
 * }</pre>
 *
 * <p>Keep one {@link ReaderCapabilities} per reader and pass it to every card on that reader (or wrap the
 * transport in a {@link dev.mynumber.apdu.transport.ReaderTransport}): whether the reader carries extended-length
 * APDUs is then learned once, from the first answer, and short-APDU readers get 256-byte reads from then on.
 */
public final class MyNumberCard {
    /** Every key reference whose counter {@link #pinStatuses()} reads, by application. */
    private static final List<Map.Entry<Aid, List<KeyRef>>> COUNTERS = List.of(
            Map.entry(JpkiConstants.AID, List.of(JpkiConstants.AUTH_PIN, JpkiConstants.SIGN_PASSWORD)),
            Map.entry(TextApConstants.AID, List.of(TextApConstants.PIN, TextApConstants.CODE_A,
                    TextApConstants.CODE_B)),
            Map.entry(VisualApConstants.AID, List.of(VisualApConstants.CODE_A, VisualApConstants.CODE_B,
                    VisualApConstants.BIRTH_DATE)),
            Map.entry(CommonApConstants.AID, List.of(CommonApConstants.PIN)),
            Map.entry(JukiApConstants.AID, List.of(JukiApConstants.PIN)));

    private final ApduSession channel;

    /**
     * Creates the card over a transport with {@link ReadOptions#DEFAULT} and the reader capabilities the
     * transport carries ({@link ReaderCapabilities#of}).
     *
     * @param transport moves the bytes
     */
    public MyNumberCard(CardTransport transport) {
        this(transport, ReadOptions.DEFAULT);
    }

    /**
     * Creates the card over a transport.
     *
     * @param transport moves the bytes
     * @param options extended length and short EF ids
     */
    public MyNumberCard(CardTransport transport, ReadOptions options) {
        this(transport, options, ReaderCapabilities.of(transport));
    }

    /**
     * Creates the card on a reader whose capabilities the caller keeps across cards and connections.
     *
     * @param transport moves the bytes
     * @param options extended length and short EF ids
     * @param capabilities the reader's capabilities, read and updated by this card's sessions
     */
    public MyNumberCard(CardTransport transport, ReadOptions options, ReaderCapabilities capabilities) {
        this.channel = new ApduSession(transport, options, capabilities);
    }

    /** Selects the JPKI AP (公的個人認証AP) and returns its session. */
    public JpkiAp jpki() throws ApduException {
        return JpkiAp.open(channel);
    }

    /** Selects the text AP (券面事項入力補助AP) and returns its session. */
    public TextAp textAp() throws ApduException {
        return TextAp.open(channel);
    }

    /** Selects the visual AP (券面事項確認AP) and returns its session. */
    public VisualAp visualAp() throws ApduException {
        return VisualAp.open(channel);
    }

    /** Selects the 共通カードAP and returns its session. */
    public CommonAp commonAp() throws ApduException {
        return CommonAp.open(channel);
    }

    /** Selects the 住基AP and returns its session. */
    public JukiAp jukiAp() throws ApduException {
        return JukiAp.open(channel);
    }

    /**
     * Reads every PIN and 照合番号 counter without spending a try: 5 SELECTs and 10 status queries.
     *
     * <p>Applications or keys the card lacks ({@code 6A82}/{@code 6A88}, e.g. a phone token or a child's
     * signing key) are left out of the map. Whether the card lacks them is not taken from one status word:
     * after a "not found" the card's kind is read (JPKI token info {@code 0006} and certificate flags
     * {@code 0008}, spec §2.1, 3 more APDUs); a My Number card that should hold the missing counter makes the
     * whole read fail with {@link ErrorCode#FILE_NOT_FOUND} (a card error: try again). Selecting clears any
     * verified state.
     *
     * @return the counters by kind
     */
    public Map<PinKind, PinStatus> pinStatuses() throws ApduException {
        Map<PinKind, PinStatus> statuses = new EnumMap<>(PinKind.class);
        List<PinKind> missing = new ArrayList<>();
        CardStatusException[] firstMiss = new CardStatusException[1];
        PinGate gate = new PinGate(channel);
        for (Map.Entry<Aid, List<KeyRef>> application : COUNTERS) {
            if (!present(() -> channel.selectApplication(application.getKey()), firstMiss)) {
                application.getValue().forEach(key -> missing.add(key.kind()));
                continue;
            }
            for (KeyRef key : application.getValue()) {
                if (!present(() -> statuses.put(key.kind(), gate.query(key)), firstMiss)) {
                    missing.add(key.kind());
                }
            }
        }
        if (!missing.isEmpty()) {
            confirmAbsent(missing, statuses.isEmpty(), firstMiss[0]);
        }
        return statuses;
    }

    /**
     * Accepts missing counters only when the card's kind explains them: a card that is not a My Number card
     * (no JPKI AP at all, or another token label) may lack applications; a My Number card lacks only the
     * signing password, and only when EF {@code 0008} says it has no signing certificate (a child's card).
     *
     * @throws CardStatusException the first "not found" when a counter the card should hold was missing
     */
    private void confirmAbsent(List<PinKind> missing, boolean nothingRead, CardStatusException firstMiss)
            throws ApduException {
        JpkiAp jpki;
        TokenInfo info;
        try {
            jpki = jpki();
            info = jpki.tokenInfo();
        } catch (CardStatusException e) {
            if (e.code() == ErrorCode.FILE_NOT_FOUND && nothingRead) {
                return; // no JPKI AP and no counter at all: not a My Number card
            }
            throw firstMiss;
        }
        if (info.kind() != TokenKind.MY_NUMBER_CARD) {
            return;
        }
        boolean signing = jpki.certificatePresence().signing();
        for (PinKind kind : missing) {
            if (kind != PinKind.SIGN_PASSWORD || signing) {
                throw firstMiss;
            }
        }
    }

    /**
     * Reads one counter without spending a try: SELECT of its application and one status query (2 APDUs).
     *
     * <p>The question to ask before a VERIFY: {@link PinStatus#lastTry()} says whether a wrong value would block
     * the key. Selecting clears any verified state.
     *
     * @param kind which PIN or 照合番号
     * @return its counter
     * @throws CardStatusException {@link ErrorCode#FILE_NOT_FOUND} if the card lacks the application or key
     */
    public PinStatus pinStatus(PinKind kind) throws ApduException {
        for (Map.Entry<Aid, List<KeyRef>> application : COUNTERS) {
            for (KeyRef key : application.getValue()) {
                if (key.kind() == kind) {
                    channel.selectApplication(application.getKey());
                    return new PinGate(channel).query(key);
                }
            }
        }
        throw new IllegalArgumentException("no key reference for " + kind); // every PinKind is listed
    }

    /**
     * The counters this card session has learned from the card's answers, without sending anything: each status
     * query, and each VERIFY with data, whose answer tells the counter it touched ({@code 9000} = full,
     * {@code 63Cx} = x left). After an operation this is what the agent publishes instead of re-reading all ten.
     *
     * @return the known counters by kind; kinds absent are unknown to this session
     */
    public Map<PinKind, PinStatus> knownPinStatuses() {
        return channel.counters().snapshot();
    }

    /**
     * Runs a call; returns false if the card answered "not found" (kept in {@code firstMiss} if it is the
     * first), rethrows anything else.
     */
    private static boolean present(CardAction action, CardStatusException[] firstMiss) throws ApduException {
        try {
            action.run();
            return true;
        } catch (CardStatusException e) {
            if (e.code() == ErrorCode.FILE_NOT_FOUND) {
                if (firstMiss[0] == null) {
                    firstMiss[0] = e;
                }
                return false;
            }
            throw e;
        }
    }

    /** One card action that may fail with a checked error. */
    @FunctionalInterface
    private interface CardAction {
        void run() throws ApduException;
    }
}
