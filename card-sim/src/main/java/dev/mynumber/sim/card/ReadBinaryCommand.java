package dev.mynumber.sim.card;

import dev.mynumber.sim.variant.Variant;

/**
 * READ BINARY ({@code 00 B0}): offset form (P1 b8 = 0, 15-bit offset) on the current EF, and short-EF
 * form (P1 = {@code 80|SFI}, P2 = offset) which also makes that EF current (spec §3.1, §3.3, §7 item 2).
 */
final class ReadBinaryCommand implements CommandHandler {
    private static final int SFI_FORM = 0x80;
    private static final int SFI_RESERVED_BITS = 0x60;
    private static final int SFI_MASK = 0x1F;

    private final CardState state;

    ReadBinaryCommand(CardState state) {
        this.state = state;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        if (!a.hasLe() || a.data().length != 0) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        if ((a.p1() & SFI_FORM) == 0) {
            Ef ef = state.currentEf().orElseThrow(() -> new StatusException(Sw.NO_CURRENT_EF));
            return read(ef, (a.p1() << 8) | a.p2(), a.ne());
        }
        int sfi = a.p1() & SFI_MASK;
        if ((a.p1() & SFI_RESERVED_BITS) != 0 || sfi == 0 || sfi == SFI_MASK) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        Ef ef = state.find(sfi).orElseThrow(() -> new StatusException(Sw.FILE_NOT_FOUND));
        state.selectEf(ef);
        return read(ef, a.p2(), a.ne());
    }

    private byte[] read(Ef ef, int offset, int ne) throws StatusException {
        if (!(ef instanceof Ef.Data data)) {
            // key, PIN, record and internal EFs [MC-mf]
            throw new StatusException(Sw.INCOMPATIBLE_FILE);
        }
        if (!data.read().satisfiedBy(state.verified())) {
            throw new StatusException(Sw.SECURITY_NOT_SATISFIED);
        }
        if (offset >= data.size()) {
            // JICSAP; not traced on a real card (spec §10); some cards may warn 6282 instead
            throw new StatusException(state.has(Variant.READ_END_6282) ? Sw.END_OF_FILE : Sw.WRONG_OFFSET);
        }
        // Le beyond the end: return what exists with 9000 [TEX2E]
        return data.slice(offset, ne);
    }
}
