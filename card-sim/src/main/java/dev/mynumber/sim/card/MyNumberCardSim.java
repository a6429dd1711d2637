package dev.mynumber.sim.card;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.variant.Variant;
import dev.mynumber.sim.variant.Variants;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated My Number card (個人番号カード): a stateful, byte-level card engine over one card's
 * contents, answering APDUs as the interface reference {@code shared/spec/mynumber-card.md} describes.
 *
 * <p>It implements SELECT, READ BINARY, READ RECORD, VERIFY, CHANGE REFERENCE DATA, CHANGE KEY, the
 * signing command {@code 80 2A}, INTERNAL AUTHENTICATE, GET CHALLENGE and GET DATA {@code 5F51}; see
 * {@code docs/simulator-card.md} for every rule. Malformed input never throws: every byte string gets a
 * status word. Try counters live in the given {@link PinCounters}; changed PINs live in memory only.
 *
 * <p>Simplified: no FCI is returned; a DF-name prefix shared by several applications is not resolved;
 * {@code 80 A2}, {@code 80 AE}, GET RESPONSE and secure messaging are not implemented ({@code 6D00},
 * {@code 6882}); GET DATA knows {@code 5F51} only; a VERIFY query answers {@code 63Cx} even after a
 * successful VERIFY; a wrong-length VERIFY value counts as a wrong value; re-selecting the current
 * application keeps its security status; 照合番号A/B and the birth-date key allow 10 tries (assumed);
 * JPKI {@code 0009}, text {@code 0006} and visual {@code 0006} are absent, text {@code 0008} is a fixed
 * 16 × {@code FF} placeholder.
 *
 * <p>Several of these open points have card variants that play the other reading ({@link Variants},
 * {@code docs/card-variants.md}); the text above is the default, {@link Variants#NONE}.
 *
 * <p>Not thread-safe (see {@link SimCard}).
 */
public final class MyNumberCardSim implements SimCard {
    /** CHANGE REFERENCE DATA P1: the command carries the new value only (verified before) [MC-card]. */
    private static final int CHANGE_REFERENCE_DATA_P1 = 0x01;
    /** JICSAP CHANGE KEY P1 [MC-juki]. */
    private static final int CHANGE_KEY_P1 = 0x00;

    private final CardState state;
    private final ClassCheck classCheck;
    private final Map<Integer, CommandHandler> handlers = new HashMap<>();

    /**
     * Creates a card in the power-on state.
     *
     * @param contents the card's files, keys and secrets
     * @param counters the try counters (in memory or persisted)
     * @param random source of GET CHALLENGE bytes and PSS salts
     */
    public MyNumberCardSim(CardContents contents, PinCounters counters, RandomGenerator random) {
        this(contents, counters, random, Variants.NONE);
    }

    /**
     * Creates a card in the power-on state that plays the given card variants ({@link Variant.Layer#CARD};
     * variants of the other layers are ignored here: contents are built by the persona layer, readers wrap
     * the card, see {@code dev.mynumber.sim.variant.VariantCards}).
     *
     * @param contents the card's files, keys and secrets
     * @param counters the try counters (in memory or persisted)
     * @param random source of GET CHALLENGE bytes and PSS salts
     * @param variants the behaviours to play where the spec leaves a choice ({@link Variants#NONE}: default)
     */
    public MyNumberCardSim(CardContents contents, PinCounters counters, RandomGenerator random, Variants variants) {
        this.state = new CardState(contents, variants);
        this.classCheck = new ClassCheck(variants.has(Variant.CHAINING_6884));
        Secrets secrets = new Secrets(contents);
        SecureRandom secureRandom = RandomSource.asSecureRandom(random);
        handlers.put(Ins.SELECT, new SelectCommand(state));
        handlers.put(Ins.READ_BINARY, new ReadBinaryCommand(state));
        handlers.put(Ins.VERIFY, new VerifyCommand(state, counters, secrets));
        handlers.put(Ins.READ_RECORD, new ReadRecordCommand(state));
        handlers.put(Ins.CHANGE_REFERENCE_DATA, new ChangeSecretCommand(state, counters, secrets,
                CHANGE_REFERENCE_DATA_P1, EnumSet.of(CardApplication.JPKI, CardApplication.TEXT)));
        handlers.put(Ins.CHANGE_KEY, new ChangeSecretCommand(state, counters, secrets,
                CHANGE_KEY_P1, EnumSet.of(CardApplication.COMMON, CardApplication.JUKI)));
        handlers.put(Ins.SIGN, new SignCommand(state, contents, secureRandom));
        handlers.put(Ins.INTERNAL_AUTHENTICATE, new InternalAuthenticateCommand(state, contents, secureRandom));
        handlers.put(Ins.GET_CHALLENGE, new GetChallengeCommand(secureRandom));
        handlers.put(Ins.GET_DATA, new GetDataCommand(state));
        handlers.put(Ins.LAST_COMMAND_INDICATOR, apdu -> {
            throw new StatusException(Sw.WRONG_LENGTH);
        });
        state.reset();
    }

    /** Creates a card with in-memory counters at the card's initial tries and a {@link SecureRandom}. */
    public MyNumberCardSim(CardContents contents) {
        this(contents, new InMemoryPinCounters(contents), new SecureRandom());
    }

    @Override
    public byte[] atr() {
        return MasterFile.atr();
    }

    @Override
    public byte[] transmit(byte[] command) {
        Optional<CommandApdu> parsed = CommandApdu.parse(command);
        if (parsed.isEmpty()) {
            return Sw.of(Sw.WRONG_LENGTH);
        }
        CommandApdu apdu = parsed.get();
        try {
            classCheck.check(apdu);
            CommandHandler h = handlers.get(apdu.ins());
            if (h == null) {
                throw new StatusException(Sw.INS_NOT_SUPPORTED);
            }
            classCheck.checkMatches(apdu);
            return Sw.of(h.handle(apdu), Sw.OK);
        } catch (StatusException e) {
            return Sw.of(e.sw());
        } catch (UncheckedIOException e) {
            // the persistent counter store failed: a real card reports an EEPROM write fault this way
            return Sw.of(Sw.MEMORY_FAILURE);
        } catch (RuntimeException e) {
            // last resort: a card answers every byte string with a status word
            return Sw.of(Sw.NO_DIAGNOSIS);
        }
    }

    @Override
    public void reset() {
        state.reset();
    }

    @Override
    public String toString() {
        return "MyNumberCardSim[" + state.application().map(Enum::name).orElse("MF") + "]";
    }
}
