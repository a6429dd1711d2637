package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardSecret.VISUAL_BIRTH_DATE;
import static dev.mynumber.sim.card.CardSecret.VISUAL_CODE_A;
import static dev.mynumber.sim.card.CardSecret.VISUAL_CODE_B;

/**
 * 券面事項確認AP (visual AP): its EFs and their access rules, spec §2.3.
 *
 * <p>Simplified: {@code 0006} (unknown) is absent. The AP's own card key has no EF identifier; it is
 * reached only by the challenge signature {@code 80 2A 00 00}.
 */
final class VisualLayout {

    private VisualLayout() {
    }

    static EfTable build(CardContents c) {
        return new EfTable(c)
                .data(CardFile.VISUAL_AGE, AccessRule.anyOf(VISUAL_BIRTH_DATE))
                .data(CardFile.VISUAL_FACE, AccessRule.anyOf(VISUAL_CODE_A, VISUAL_CODE_B))
                .data(CardFile.VISUAL_BASIC_INFO, AccessRule.free())
                .data(CardFile.VISUAL_AP_CERT, AccessRule.free())
                // B opens the same files as A minus 0005 [MC-surf]
                .data(CardFile.VISUAL_MY_NUMBER_IMAGE, AccessRule.anyOf(VISUAL_CODE_A))
                .secret(VISUAL_BIRTH_DATE)
                .secret(VISUAL_CODE_B)
                .secret(VISUAL_CODE_A);
    }
}
