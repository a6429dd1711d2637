package dev.mynumber.sim.card;

import dev.mynumber.sim.variant.Variant;
import java.util.Arrays;

/**
 * SELECT ({@code 00 A4}): by DF name ({@code 04 0C}), by EF identifier ({@code 02 0C}), and the
 * {@code 00 00} quirk (spec §3.1, §7 item 1). P2 may ask for FCI ({@code 00}) or FCP ({@code 04}): by default
 * accepted with no control information returned (its content is not published); the {@code select-fci}
 * variant returns a minimal template, {@code select-p2-6a86} refuses them.
 */
final class SelectCommand implements CommandHandler {
    private static final int BY_NAME = 0x04;
    private static final int BY_EF_ID = 0x02;
    private static final int BY_ID = 0x00;
    private static final int NO_FCI = 0x0C;
    private static final int FID_LENGTH = 2;
    private static final byte[] NOTHING = new byte[0];

    private final CardState state;

    SelectCommand(CardState state) {
        this.state = state;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        // FCI/FCP requests are accepted by default (other cards' probes use them)
        boolean controlInfo = a.p2() == ControlInfo.P2_FCI || a.p2() == ControlInfo.P2_FCP;
        if (a.p2() != NO_FCI && (!controlInfo || state.has(Variant.SELECT_P2_6A86))) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        boolean answer = controlInfo && a.hasLe() && state.has(Variant.SELECT_FCI);
        switch (a.p1()) {
            case BY_NAME -> {
                byte[] name = selectByName(a.data());
                return answer ? ControlInfo.ofDf(a.p2(), name) : NOTHING;
            }
            case BY_EF_ID -> {
                int fid = selectEf(a.data());
                return answer ? ControlInfo.ofEf(a.p2(), fid) : NOTHING;
            }
            // answers 6A86 after a cold reset and 9000 without changing the current DF in an AP [MC-card]
            case BY_ID -> state.application().orElseThrow(() -> new StatusException(Sw.WRONG_P1P2));
            default -> throw new StatusException(Sw.WRONG_P1P2);
        }
        return NOTHING;
    }

    /** Selects by DF name and returns the full DF name selected. */
    private byte[] selectByName(byte[] name) throws StatusException {
        if (name.length == 0) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        if (Arrays.equals(name, MasterFile.isdAid())) {
            state.reset();
            return name;
        }
        CardApplication app = application(name, !state.has(Variant.NO_PARTIAL_AID));
        state.selectApplication(app);
        return app.aid();
    }

    /**
     * Finds the application by its full DF name, or by a prefix of exactly one DF name (JICSAP partial
     * name matching, spec §1 [MC-card]) unless {@code partial} is off; a shared prefix is not resolved.
     */
    private static CardApplication application(byte[] name, boolean partial) throws StatusException {
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
        if (partial && prefixMatches == 1) {
            return byPrefix;
        }
        // OpenSC probes ~20 other AIDs and must see "not found" [tooling], spec §9
        throw new StatusException(Sw.FILE_NOT_FOUND);
    }

    /** Selects an EF and returns its identifier. */
    private int selectEf(byte[] fid) throws StatusException {
        if (fid.length != FID_LENGTH) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        int id = ((fid[0] & 0xFF) << 8) | (fid[1] & 0xFF);
        state.selectEf(state.find(id).orElseThrow(() -> new StatusException(Sw.FILE_NOT_FOUND)));
        return id;
    }
}
