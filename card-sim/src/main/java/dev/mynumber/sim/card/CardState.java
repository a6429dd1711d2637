package dev.mynumber.sim.card;

import dev.mynumber.sim.variant.Variant;
import dev.mynumber.sim.variant.Variants;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The volatile state of the card (current DF, current EF, security status) over its fixed file system.
 *
 * <p>Security status is kept per application: it survives selecting EFs inside the application and
 * re-selecting the same application, and is cleared by selecting another DF (the ISD included) and by a
 * reset (spec §7 item 3). The card {@link Variants} chosen for this card are kept here for every command.
 */
final class CardState {
    private final Map<CardApplication, EfTable> applications = new EnumMap<>(CardApplication.class);
    private final EfTable mf;
    private final Set<CardSecret> verified = EnumSet.noneOf(CardSecret.class);
    private final Variants variants;
    private CardApplication currentDf;
    private Ef currentEf;

    CardState(CardContents c, Variants variants) {
        this.variants = variants;
        applications.put(CardApplication.JPKI, JpkiLayout.build(c));
        applications.put(CardApplication.TEXT, TextLayout.build(c));
        applications.put(CardApplication.VISUAL, VisualLayout.build(c));
        applications.put(CardApplication.JUKI, CommonJukiLayout.juki(c));
        applications.put(CardApplication.COMMON, CommonJukiLayout.common(c));
        mf = CommonJukiLayout.mf(c);
    }

    /** Back to the power-on state: MF (ISD) selected, no current EF, no security status. */
    void reset() {
        currentDf = null;
        currentEf = null;
        verified.clear();
    }

    /** Tells whether a variant is chosen for this card. */
    boolean has(Variant v) {
        return variants.has(v);
    }

    /** Returns the status word of a blocked key: {@code 6984} [MC-err], or {@code 6983} in that variant. */
    int blockedSw() {
        return has(Variant.BLOCKED_6983) ? Sw.BLOCKED_6983 : Sw.BLOCKED;
    }

    /**
     * Selects an application; another application than the current one clears the security status (so does
     * re-selecting the current one in the {@code reselect-clears} variant, spec §10).
     */
    void selectApplication(CardApplication app) {
        if (app != currentDf || has(Variant.RESELECT_CLEARS)) {
            verified.clear();
        }
        currentDf = app;
        currentEf = null;
    }

    /** Returns the selected application, or empty in the MF (ISD) state. */
    Optional<CardApplication> application() {
        return Optional.ofNullable(currentDf);
    }

    /** Looks up an EF of the current DF. */
    Optional<Ef> find(int fid) {
        return (currentDf == null ? mf : applications.get(currentDf)).find(fid);
    }

    /** Makes an EF of the current DF the current EF. */
    void selectEf(Ef ef) {
        currentEf = ef;
    }

    /** Returns the current EF, if any. */
    Optional<Ef> currentEf() {
        return Optional.ofNullable(currentEf);
    }

    /** Returns the key references verified in the current application (read-only view). */
    Set<CardSecret> verified() {
        return Collections.unmodifiableSet(verified);
    }

    /** Records a successful VERIFY. */
    void grant(CardSecret s) {
        verified.add(s);
    }

    /** Withdraws the security status of one key reference (after a failed VERIFY). */
    void revoke(CardSecret s) {
        verified.remove(s);
    }
}
