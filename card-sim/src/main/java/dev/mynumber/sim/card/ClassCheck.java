package dev.mynumber.sim.card;

/**
 * Checks the class byte: only channel 0 without secure messaging, interindustry ({@code 00}) or
 * proprietary ({@code 80}) as the instruction requires.
 */
final class ClassCheck {
    private static final int PROPRIETARY = 0x80;
    private static final int CHANNEL_BITS = 0x03;
    private static final int SM_BITS = 0x0C;
    private static final int FURTHER_CHANNELS = 0x40;
    private static final int KNOWN_CLASS_BITS = 0x80 | SM_BITS | CHANNEL_BITS;
    private static final int CHAINING_BIT = 0x10;

    private final boolean chainingAnswers6884;

    /** Creates the check; {@code chainingAnswers6884} = the {@code chaining-6884} variant (default 6E00). */
    ClassCheck(boolean chainingAnswers6884) {
        this.chainingAnswers6884 = chainingAnswers6884;
    }

    /** Refuses other logical channels, secure messaging and unknown classes. */
    void check(CommandApdu a) throws StatusException {
        int cla = a.cla();
        if ((cla & FURTHER_CHANNELS) != 0 && (cla & PROPRIETARY) == 0) {
            // CLA 40-7F: logical channels 4-19 [MC-apdu]
            throw new StatusException(Sw.CHANNEL_NOT_SUPPORTED);
        }
        if (chainingAnswers6884 && (cla & ~KNOWN_CLASS_BITS) == CHAINING_BIT) {
            // which word the card gives to chaining is unpublished (spec §10)
            throw new StatusException(Sw.CHAINING_NOT_SUPPORTED);
        }
        if ((cla & ~KNOWN_CLASS_BITS) != 0) {
            throw new StatusException(Sw.CLA_NOT_SUPPORTED);
        }
        if ((cla & CHANNEL_BITS) != 0) {
            throw new StatusException(Sw.CHANNEL_NOT_SUPPORTED);
        }
        if ((cla & SM_BITS) != 0) {
            // SM READ BINARY / VERIFY answer 69FC, the rest 6882 [MC-readme]
            boolean smRefused = a.ins() == Ins.READ_BINARY || a.ins() == Ins.VERIFY;
            throw new StatusException(smRefused ? Sw.SM_REFUSED : Sw.SM_NOT_SUPPORTED);
        }
    }

    /** Refuses a known instruction sent with the wrong class ({@code 00} vs {@code 80}). */
    void checkMatches(CommandApdu a) throws StatusException {
        if (((a.cla() & PROPRIETARY) != 0) != Ins.proprietary(a.ins())) {
            throw new StatusException(Sw.CLA_NOT_SUPPORTED);
        }
    }
}
