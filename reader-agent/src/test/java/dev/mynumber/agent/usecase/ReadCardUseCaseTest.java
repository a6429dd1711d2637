package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.VerificationSetup;
import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.JapaneseDates;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.cardinfo.UnlockedBy;
import dev.mynumber.agent.image.ImageTranscoder;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.verification.CertificateVerification;
import dev.mynumber.agent.verification.Verification.PageVerdict;
import dev.mynumber.agent.verification.VerificationCheck;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.VerdictStatus;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.RevocationStatus;
import dev.mynumber.verifier.VerificationConfigException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Card information with the PIN and with 照合番号B against the simulated adult card. */
class ReadCardUseCaseTest {
    /** Simulator mode: the test PKI's roots and AP issuer keys, as {@code --simulator} configures them. */
    private final Sessions service = new Sessions(Clock.systemUTC(), simulatorVerifiers());

    static Verifiers simulatorVerifiers() {
        try {
            return VerificationSetup.from(AgentConfig.defaults(), true, Clock.systemUTC());
        } catch (VerificationConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage png(String base64) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(base64);
        assertTrue(ImageTranscoder.isPng(bytes));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void withThePinEverythingIsReadAndTheNumberIsMasked() throws Exception {
        SimCards adult = SimCards.open("adult");
        List<String> steps = new ArrayList<>();

        CardInfoView info = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(adult.card, (name, done, total) -> steps.add(name + " " + done + "/" + total)));

        assertEquals(UnlockedBy.PIN, info.unlockedBy());
        assertFalse(info.name().isBlank());
        assertFalse(info.address().isBlank());
        LocalDate birth = LocalDate.parse(info.birthDate());
        assertEquals(JapaneseDates.format(birth), info.birthDateJapanese());
        assertTrue(info.birthDateJapanese().matches("(明治|大正|昭和|平成|令和)(元|\\d+)年\\d+月\\d+日"));
        assertNotNull(info.sex());
        assertTrue(LocalDate.parse(info.expiry()).isAfter(birth));
        assertTrue(info.myNumber().available());
        assertTrue(info.myNumber().masked());
        assertTrue(info.myNumber().value().matches("\\*{8}\\d{4}"), "masked form");
        assertEquals(List.of("verify-pin 0/6", "read-attributes 1/6", "verify-code-a 2/6", "read-face 3/6",
                "verify-card 4/6", "transcode-photo 5/6", "done 6/6"), steps);
        assertGenuine(info, 9);
        CertificateVerification auth = info.verification().authCertificate();
        assertEquals(CertificateStatus.VALID, auth.status(), auth.toString());
        assertEquals(RevocationStatus.GOOD, auth.revocation(), "simulator mode checks the simulator's CRL");
        assertEquals(List.of("certificate.chain", "certificate.validity", "certificate.key-usage",
                "certificate.revocation"), auth.checks().stream().map(VerificationCheck::name).toList());
        assertNotNull(info.evidence().integrityRecord());
        assertNotNull(info.evidence().textApCertificate());
        assertNotNull(info.evidence().visualApCertificate());
    }

    @Test
    void thePhotoIsAPngOfTheCardPhotosDimensionsAndTheOtherImagesArePng() throws Exception {
        CardInfoView info = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(SimCards.open("adult").card, Progress.NONE));

        BufferedImage photo = png(info.images().photoPng());
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(info.evidence().cardFace().photo()));
        assertEquals(original.getWidth(), photo.getWidth());
        assertEquals(original.getHeight(), photo.getHeight());
        assertEquals(original.getRGB(original.getWidth() / 2, original.getHeight() / 2),
                photo.getRGB(photo.getWidth() / 2, photo.getHeight() / 2));
        assertEquals(photo.getWidth(), info.images().photoWidth());
        assertEquals(photo.getHeight(), info.images().photoHeight());
        assertNotNull(png(info.images().nameImagePng()));
        assertNotNull(png(info.images().addressImagePng()));
        assertNotNull(png(info.images().securityCodeImagePng()));
    }

    @Test
    void revealGivesTheFullNumberEndingInTheMaskedDigits() throws Exception {
        SimCards adult = SimCards.open("adult");
        CardInfoView masked = new ReadCardInfo(
                CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(adult.card, Progress.NONE));
        adult.reset();
        CardInfoView full = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, true))
                .run(service.on(adult.card, Progress.NONE));

        assertFalse(full.myNumber().masked());
        assertTrue(full.myNumber().value().matches("\\d{12}"));
        assertEquals(masked.myNumber().value().substring(8), full.myNumber().value().substring(8));
        assertEquals(full.myNumber().value(), full.evidence().myNumber().digits());
    }

    @Test
    void textApReadsAllHappenBeforeTheVisualApIsSelected() throws Exception {
        SimCards adult = SimCards.open("adult");
        new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.ALLOW, false))
                .run(service.on(adult.card, Progress.NONE));

        List<String> headers = adult.transport.headers();
        List<Integer> selects = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).startsWith("00A404")) {
                selects.add(i);
            }
        }
        assertEquals(3, selects.size(), "text AP, visual AP (each challenged while still selected), then the JPKI AP "
                + "(issue 17: no SELECT before a challenge): " + headers);
        assertEquals(2, adult.transport.verifiesWithData(), "PIN, then 照合番号A");
        int visual = selects.get(1);
        assertEquals("0020", headers.get(visual + 1).substring(0, 4), "VERIFY right after the visual SELECT");
        assertTrue(headers.subList(visual + 2, selects.get(2) - 1).stream().allMatch(h -> h.startsWith("00B0")));
        // text AP: SELECT, VERIFY 0011, READ 0001-0004 and 0007 by short id, SIGN its challenge (key 0013);
        // visual AP: SELECT, VERIFY 0013, READ 0002, 0004, SIGN its challenge (card key); then the JPKI AP for
        // the authentication certificate, which needs no credential: SELECT, one READ of EF 000A by short id
        assertEquals(List.of("00A4040C", "00200091", "00B08100", "00B08200", "00B08300", "00B08400", "00B08700",
                "802A0000", "00A4040C", "00200093", "00B08200", "00B08400", "802A0000",
                "00A4040C", "00B08A00"), headers);
    }

    @Test
    void withCodeBTheAttributesAndFaceAreReadButNotTheNumber() throws Exception {
        SimCards adult = SimCards.open("adult");
        CardInfoView byPin = new ReadCardInfo(
                CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(adult.card, Progress.NONE));
        adult.reset();

        CardInfoView info;
        try (VerificationCodeB code = SimCards.adultCodeB(byPin)) {
            info = new ReadCardInfo(new CardInfoRequest(null, code, LastTry.REFUSE, true))
                    .run(service.on(adult.card, Progress.NONE));
        }

        assertEquals(UnlockedBy.CODE_B, info.unlockedBy());
        assertEquals(byPin.name(), info.name());
        assertEquals(byPin.address(), info.address());
        assertEquals(byPin.birthDate(), info.birthDate());
        assertEquals(byPin.expiry(), info.expiry());
        assertEquals(byPin.images().photoPng(), info.images().photoPng());
        assertFalse(info.myNumber().available());
        assertNull(info.myNumber().value());
        assertTrue(info.myNumber().reason().contains("照合番号B"));
        assertNull(info.evidence().myNumber());
        // no My Number read, so no digest check for it; everything shown is covered and genuine
        assertGenuine(info, 8);
        assertTrue(info.verification().checks().stream().noneMatch(c -> c.name().equals("text-ap.my-number-digest")));
    }

    @Test
    void withCodeBTheTranscriptOpensBothApsWithB() throws Exception {
        SimCards adult = SimCards.open("adult");
        CardInfoView byPin = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.ALLOW, false))
                .run(service.on(adult.card, Progress.NONE));
        adult.reset();
        List<String> steps = new ArrayList<>();
        try (VerificationCodeB code = SimCards.adultCodeB(byPin)) {
            new ReadCardInfo(CardInfoRequest.withCodeB(code, LastTry.ALLOW))
                    .run(service.on(adult.card, (name, done, total) -> steps.add(name)));
        }
        // text AP: VERIFY 0015 (B), READ 0002-0004 and 0007, never 0001, its challenge; visual AP: VERIFY 0012 (B),
        // READ 0002, 0004, its challenge; JPKI AP: the authentication certificate
        assertEquals(List.of("00A4040C", "00200095", "00B08200", "00B08300", "00B08400", "00B08700", "802A0000",
                "00A4040C", "00200092", "00B08200", "00B08400", "802A0000",
                "00A4040C", "00B08A00"), adult.transport.headers());
        assertEquals(List.of("verify-code-b", "read-attributes", "verify-code-b-visual", "read-face",
                "verify-card", "transcode-photo", "done"), steps);
    }

    @Test
    void aWrongCodeBIsWrongPinAndTheVisualApIsNotTried() throws Exception {
        SimCards adult = SimCards.open("adult");
        ApduException e;
        try (VerificationCodeB wrong = VerificationCodeB.ofDigits("60041220350000".toCharArray())) {
            e = assertThrows(ApduException.class,
                    () -> new ReadCardInfo(CardInfoRequest.withCodeB(wrong, LastTry.REFUSE))
                            .run(service.on(adult.card, Progress.NONE)));
        }
        assertEquals(ErrorCode.WRONG_PIN, e.code());
        assertEquals(1, adult.transport.verifiesWithData());
        assertEquals(1, adult.transport.headers().stream().filter(h -> h.startsWith("00A404")).count());
    }

    static void assertGenuine(CardInfoView info, int checks) {
        assertEquals(VerdictStatus.GENUINE, info.verification().status(), info.verification().toString());
        assertEquals(PageVerdict.VERIFIED, info.verification().verdict());
        assertEquals(checks, info.verification().checks().size());
        info.verification().checks().forEach(c -> assertEquals(CheckStatus.PASSED, c.status(), c.toString()));
    }
}
