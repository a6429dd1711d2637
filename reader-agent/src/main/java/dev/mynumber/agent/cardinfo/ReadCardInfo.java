package dev.mynumber.agent.cardinfo;

import dev.mynumber.agent.image.CardImagesView;
import dev.mynumber.agent.image.FaceImages;
import dev.mynumber.agent.usecase.CardOperation;
import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.Steps;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.agent.verification.Verification;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.textap.MyNumber;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.Verdict;
import dev.mynumber.card.visualap.CardFace;
import dev.mynumber.card.visualap.VisualAp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the card information: text AP first, then the visual AP, then the authenticity checks.
 *
 * <p>Order matters: selecting the visual AP clears the text AP's security status (spec §7 quirk 3), so every
 * text AP file is read before the switch, and the visual AP gets its own VERIFY. With the PIN, the visual AP
 * is opened with 照合番号A = the My Number just read, as jpki/myna does [MY-rs-cli]; with 照合番号B, the same B
 * opens both APs (spec §2.2, §2.3), but not the My Number file.
 *
 * @param request the credential (the caller closes it) and the options
 */
public record ReadCardInfo(CardInfoRequest request) implements UseCase<CardInfoView> {
    /** Why the My Number is missing after 照合番号B (spec §2.2: A or the PIN opens EF 0001, B does not). */
    public static final String NO_NUMBER_WITH_B = "照合番号B does not open the My Number file (text AP EF 0001); "
            + "read the card with the holder's PIN to get it";
    private static final int STEPS = 6;

    /** Rejects a null request. */
    public ReadCardInfo {
        Objects.requireNonNull(request, "request");
    }

    @Override
    public CardOperation operation() {
        return CardOperation.CARD_INFO;
    }

    @Override
    public CardInfoView run(CardSession session) throws ApduException {
        return request.pin() != null ? withPin(session) : withCodeB(session);
    }

    private CardInfoView withPin(CardSession session) throws ApduException {
        Steps steps = session.steps(STEPS);
        steps.next("verify-pin");
        TextAp text = session.card().textAp();
        text.verify(request.pin(), request.lastTry());
        steps.next("read-attributes");
        TextApData textData = new TextApData(text.readMyNumber(), text.readAttributes(),
                text.readIntegrityRecord(), text.readCertificate(), text.readApKey());
        Verdict textVerdict = session.verifiers().cardData().verify(textEvidence(text, textData));
        steps.next("verify-code-a");
        VisualAp visual = session.card().visualAp();
        try (VerificationCodeA codeA = codeA(textData.myNumber())) {
            visual.verify(codeA, request.lastTry());
        }
        return finish(session, visual, textData, textVerdict, UnlockedBy.PIN,
                number(textData.myNumber(), request.revealMyNumber()), steps);
    }

    private CardInfoView withCodeB(CardSession session) throws ApduException {
        Steps steps = session.steps(STEPS);
        steps.next("verify-code-b");
        TextAp text = session.card().textAp();
        text.verify(request.codeB(), request.lastTry());
        steps.next("read-attributes");
        TextApData textData = new TextApData(null, text.readAttributes(), text.readIntegrityRecord(),
                text.readCertificate(), text.readApKey());
        Verdict textVerdict = session.verifiers().cardData().verify(textEvidence(text, textData));
        steps.next("verify-code-b-visual");
        VisualAp visual = session.card().visualAp();
        visual.verify(request.codeB(), request.lastTry());
        return finish(session, visual, textData, textVerdict, UnlockedBy.CODE_B,
                MyNumberView.unavailable(NO_NUMBER_WITH_B), steps);
    }

    /**
     * Reads the face with the visual AP already verified, verifies (card data, then the JPKI authentication
     * certificate, whose AP is selected last because it needs no credential), transcodes and assembles.
     */
    private static CardInfoView finish(CardSession session, VisualAp visual, TextApData text, Verdict textVerdict,
            UnlockedBy unlockedBy, MyNumberView number, Steps steps) throws ApduException {
        MyNumberCard card = session.card();
        steps.next("read-face");
        CardFace face = visual.readCardFace();
        CvCertificate visualCertificate = visual.readCertificate();
        steps.next("verify-card");
        Verdict visualVerdict = session.verifiers().cardData().verify(visualEvidence(visual, face, visualCertificate));
        Verification verification = Verification.of(both(textVerdict, visualVerdict), card,
                session.verifiers().certificates());
        steps.next("transcode-photo");
        CardImagesView images = FaceImages.of(face);
        CardInfoEvidence evidence = new CardInfoEvidence(text.myNumber(), text.attributes(), text.integrity(),
                text.certificate(), face, visualCertificate);
        CardInfoView info = new CardInfoView(unlockedBy, text.attributes().name(), text.attributes().address(),
                text.attributes().birthDate().toString(), JapaneseDates.format(text.attributes().birthDate()),
                text.attributes().sex(), face.expiry().toString(), number, images, verification, evidence,
                CardValidity.of(face.expiry(), session.clock()));
        steps.finish();
        return info;
    }

    /**
     * The text AP's evidence, checked while the text AP is still selected so its liveness challenge needs no
     * SELECT (issue 17). The text checks read only text AP data (and the visual ones only visual AP data), so
     * checking each AP's evidence apart gives the same checks as checking them together, in the same order.
     */
    private static dev.mynumber.card.verify.CardEvidence textEvidence(TextAp ap, TextApData text) {
        return dev.mynumber.card.verify.CardEvidence.builder().myNumber(text.myNumber())
                .attributes(text.attributes()).integrityRecord(text.integrity())
                .textCertificate(text.certificate()).textApKey(text.apKey())
                .textSigner(ap::signChallenge).build();
    }

    /** The visual AP's evidence, checked while the visual AP is still selected (no SELECT before its challenge). */
    private static dev.mynumber.card.verify.CardEvidence visualEvidence(VisualAp ap, CardFace face,
            CvCertificate visualCertificate) {
        return dev.mynumber.card.verify.CardEvidence.builder().cardFace(face).visualCertificate(visualCertificate)
                .visualSigner(ap::signChallenge).build();
    }

    /** The text AP's checks, then the visual AP's, as one verdict. */
    private static Verdict both(Verdict text, Verdict visual) {
        List<Check> checks = new ArrayList<>(text.checks());
        checks.addAll(visual.checks());
        return new Verdict(checks);
    }

    /** 照合番号A is the My Number itself (spec §4); the temporary chars are wiped. */
    private static VerificationCodeA codeA(MyNumber number) throws ApduException {
        char[] digits = number.digits().toCharArray();
        try {
            return VerificationCodeA.of(digits);
        } finally {
            Arrays.fill(digits, '\0');
        }
    }

    /** Masked to the last four digits unless the request asked for the full number. */
    static MyNumberView number(MyNumber number, boolean reveal) {
        return reveal ? new MyNumberView(true, false, number.digits(), null)
                : new MyNumberView(true, true, number.masked(), null);
    }
}
