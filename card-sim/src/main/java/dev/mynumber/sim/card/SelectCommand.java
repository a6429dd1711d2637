package dev.mynumber.sim.card;

import java.util.Arrays;

/**
 * SELECT ({@code 00 A4}): by DF name ({@code 04 0C}), by EF identifier ({@code 02 0C}), and the
 * {@code 00 00} quirk (spec §3.1, §7 item 1). P2 may ask for FCI ({@code 00}) or FCP ({@code 04}), but no
 * control information is ever returned (its content is not published).
 */
final class SelectCommand implements CommandHandler {
    private static final int BY_NAME = 0x04;
    private static final int BY_EF_ID = 0x02;
    private static final int BY_ID = 0x00;
    private static final int NO_FCI = 0x0C;
    private static final int FCI = 0x00;
    private static final int FCP = 0x04;
    private static final int FID_LENGTH = 2;

    private final CardState state;

    SelectCommand(CardState state) {
        this.state = state;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        // FCI/FCP requests are accepted (other cards' probes use them) but nothing is returned
        if (a.p2() != NO_FCI && a.p2() != FCI && a.p2() != FCP) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        switch (a.p1()) {
            case BY_NAME -> selectByName(a.data());
            case BY_EF_ID -> selectEf(a.data());
            // answers 6A86 after a cold reset and 9000 without changing the current DF in an AP [MC-card]
            case BY_ID -> state.application().orElseThrow(() -> new StatusException(Sw.WRONG_P1P2));
            default -> throw new StatusException(Sw.WRONG_P1P2);
        }
        return new byte[0];
    }

    private void selectByName(byte[] name) throws StatusException {
        if (name.length == 0) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        if (Arrays.equals(name, MasterFile.isdAid())) {
            state.reset();
            return;
        }
        state.selectApplication(application(name));
    }

    /**
     * Finds the application by its full DF name, or by a prefix of exactly one DF name (JICSAP partial
     * name matching, spec §1 [MC-card]); a prefix shared by several applications is not resolved.
     */
    private static CardApplication application(byte[] name) throws StatusException {
        CardApplication byPrefix = null;
        int prefixMatches = 0;
        for (CardApplication app : CardApplication.values()) {
            byte[] aid = app.aid();
            if (Arrays.equals(name, aid)) {
                return app;
            }
            if (name.length < aid.length && Arrays.equals(name, Arrays.copyOf(aid, name.length))) {
                byPrefix = app;
                prefixMatches++;
            }
        }
        if (prefixMatches == 1) {
            return byPrefix;
        }
        // OpenSC probes ~20 other AIDs and must see "not found" [tooling], spec §9
        throw new StatusException(Sw.FILE_NOT_FOUND);
    }

    private void selectEf(byte[] fid) throws StatusException {
        if (fid.length != FID_LENGTH) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        int id = ((fid[0] & 0xFF) << 8) | (fid[1] & 0xFF);
        state.selectEf(state.find(id).orElseThrow(() -> new StatusException(Sw.FILE_NOT_FOUND)));
    }
}
