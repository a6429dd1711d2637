package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardSecret.TEXT_CODE_A;
import static dev.mynumber.sim.card.CardSecret.TEXT_CODE_B;
import static dev.mynumber.sim.card.CardSecret.TEXT_PIN;

/**
 * 券面事項入力補助AP (text AP): its EFs and their access rules, spec §2.2.
 *
 * <p>Simplified: {@code 0006} (session-key RSA key) is absent; {@code 0008} (unknown, 16 × {@code FF}
 * observed) is a fixed placeholder opened like its neighbours (PIN or either verification code), an
 * assumption; {@code 0012} is a key reference blocked from issue.
 */
final class TextLayout {
    /** The key reference issued blocked (query {@code 63C0}, VERIFY {@code 6984}) [MC-text]. */
    static final int BLOCKED_KEY = 0x0012;
    /** The unknown EF {@code 0008}. */
    static final int UNKNOWN_EF = 0x0008;
    /** Size of the unknown EF's observed content (all {@code FF}) [MC-text]. */
    static final int UNKNOWN_EF_SIZE = 16;

    private TextLayout() {
    }

    static EfTable build(CardContents c) {
        byte[] filler = new byte[UNKNOWN_EF_SIZE];
        java.util.Arrays.fill(filler, (byte) 0xFF);
        AccessRule any = AccessRule.anyOf(TEXT_PIN, TEXT_CODE_A, TEXT_CODE_B);
        return new EfTable(c)
                .data(CardFile.TEXT_MY_NUMBER, AccessRule.anyOf(TEXT_PIN, TEXT_CODE_A))
                // 照合番号A does not open the four attributes [TEX2E], [MC-text]
                .data(CardFile.TEXT_ATTRIBUTES, AccessRule.anyOf(TEXT_PIN, TEXT_CODE_B))
                .data(CardFile.TEXT_INTEGRITY, any)
                .data(CardFile.TEXT_AP_CERT, AccessRule.free())
                .data(CardFile.TEXT_BASIC_INFO, AccessRule.free())
                .data(CardFile.TEXT_AP_KEY, any)
                .fixed(UNKNOWN_EF, filler, any)
                .secret(TEXT_PIN)
                .blockedSecret(BLOCKED_KEY)
                .key(CardKey.TEXT_AP, AccessRule.free())
                .secret(TEXT_CODE_A)
                .secret(TEXT_CODE_B);
    }
}
