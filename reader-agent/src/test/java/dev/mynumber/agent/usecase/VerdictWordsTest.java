package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.verification.Verification.PageVerdict;
import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.OutcomeWord;
import dev.mynumber.card.verify.Verdict;
import dev.mynumber.card.verify.VerdictReason;
import dev.mynumber.card.verify.VerdictStatus;
import dev.mynumber.verifier.AuthTokenVerdict;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CmsVerdict;
import dev.mynumber.verifier.RevocationStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One verdict vocabulary: every verdict word (card data, certificate, revocation, page) stands for exactly one
 * {@link CheckStatus}, and every verdict shape (card data, token, CMS) adds its checks up by the same rule.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class VerdictWordsTest {
    private static final List<Class<? extends Enum<?>>> WORDS = List.of(VerdictStatus.class, CertificateStatus.class,
            RevocationStatus.class, PageVerdict.class);

    @Test
    void everyWordEnumWordsEachOutcomeExactlyOnce() {
        for (Class<? extends Enum<?>> words : WORDS) {
            Map<CheckStatus, Long> counts = Arrays.stream(words.getEnumConstants())
                    .collect(Collectors.groupingBy(w -> ((OutcomeWord) w).outcome(), Collectors.counting()));
            assertEquals(Map.of(CheckStatus.PASSED, 1L, CheckStatus.FAILED, 1L, CheckStatus.NOT_CHECKED, 1L), counts,
                    words.getSimpleName());
        }
    }

    @Test
    void thePageVerdictIsDerivedFromTheOutcomeOfEitherStatus() {
        assertEquals(PageVerdict.VERIFIED, PageVerdict.of(VerdictStatus.GENUINE));
        assertEquals(PageVerdict.VERIFIED, PageVerdict.of(CertificateStatus.VALID));
        assertEquals(PageVerdict.REJECTED, PageVerdict.of(VerdictStatus.NOT_GENUINE));
        assertEquals(PageVerdict.REJECTED, PageVerdict.of(CertificateStatus.INVALID));
        assertEquals(PageVerdict.NOT_VERIFIED, PageVerdict.of(VerdictStatus.INCOMPLETE));
        assertEquals(PageVerdict.NOT_VERIFIED, PageVerdict.of(CertificateStatus.INCOMPLETE));
    }

    @Test
    void cardAndTokenVerdictsAddChecksUpByTheSameRule() {
        List<List<Check>> cases = List.of(List.of(),
                List.of(Check.of("a", CheckReason.CHAIN_VALID)),
                List.of(Check.of("a", CheckReason.CHAIN_VALID), Check.of("b", CheckReason.NO_REVOCATION_SOURCE)),
                List.of(Check.of("a", CheckReason.ISSUER_NOT_CONFIGURED), Check.of("b", CheckReason.EXPIRED)),
                List.of(Check.of("a", CheckReason.ISSUER_NOT_CONFIGURED)));
        for (List<Check> checks : cases) {
            Verdict card = new Verdict(checks);
            AuthTokenVerdict token = new AuthTokenVerdict(checks);
            CmsVerdict cms = new CmsVerdict(checks);
            assertEquals(card.outcome(), token.outcome(), checks.toString());
            assertEquals(card.outcome(), cms.outcome(), checks.toString());
            assertEquals(card.status().outcome(), token.status().outcome(), checks.toString());
            assertEquals(VerdictReason.of(checks), token.reasonCode(), checks.toString());
        }
        assertEquals(CertificateStatus.INCOMPLETE, new AuthTokenVerdict(List.of()).status(), "no check: never VALID");
        assertEquals(VerdictReason.ISSUER_NOT_VERIFIED, new Verdict(cases.get(4)).reasonCode());
    }
}
