package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.agent.auth.AuthRequest;
import dev.mynumber.agent.auth.Authenticate;
import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.certificate.ReadSignCertificate;
import dev.mynumber.agent.pin.ReadPinStatus;
import dev.mynumber.agent.signing.Sign;
import dev.mynumber.agent.signing.SignFormat;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.WrongPinException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Wrong PINs, the last try and blocked keys, end to end through the service and the simulated card. */
class LockoutTest {
    private static final byte[] CHALLENGE = {1, 2, 3, 4};
    private final Sessions service = Sessions.unconfigured(Clock.systemUTC());

    private int triesLeft(SimCards card, PinKind kind) throws ApduException {
        return new ReadPinStatus().run(service.on(card.card)).pins().stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow().triesLeft();
    }

    private ApduException authenticate(SimCards card, String pin, LastTry lastTry) {
        return assertThrows(ApduException.class,
                () -> new Authenticate(AuthRequest.challenge(SimCards.pin(pin), CHALLENGE, lastTry))
                        .run(service.on(card.card, Progress.NONE)));
    }

    @Test
    void wrongPinCarriesTheTriesLeft() throws Exception {
        SimCards adult = SimCards.open("adult");
        ApduException e = authenticate(adult, "9999", LastTry.REFUSE);
        assertEquals(ErrorCode.WRONG_PIN, e.code());
        assertEquals(2, ((WrongPinException) e).triesLeft());
        assertEquals(2, triesLeft(adult, PinKind.AUTH_PIN));
    }

    @Test
    void wrongTextPinOnReadCarriesTheTriesLeft() throws Exception {
        SimCards adult = SimCards.open("adult");
        ApduException e = assertThrows(ApduException.class,
                () -> new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin("0000"), LastTry.REFUSE, false))
                        .run(service.on(adult.card, Progress.NONE)));
        assertEquals(2, ((WrongPinException) e).triesLeft());
        assertEquals(2, triesLeft(adult, PinKind.TEXT_PIN));
    }

    @Test
    void theLastTryIsRefusedWithoutConfirmationAndAllowedWithIt() throws Exception {
        SimCards adult = SimCards.open("adult");
        authenticate(adult, "9999", LastTry.REFUSE);
        authenticate(adult, "9998", LastTry.REFUSE);
        adult.reset();

        ApduException refused = authenticate(adult, "1234", LastTry.REFUSE);
        assertEquals(ErrorCode.LAST_TRY_NOT_CONFIRMED, refused.code());
        assertEquals(0, adult.transport.verifiesWithData(), "no secret reached the card");
        assertEquals(1, triesLeft(adult, PinKind.AUTH_PIN));

        new Authenticate(AuthRequest.challenge(SimCards.pin(SimCards.PIN), CHALLENGE, LastTry.ALLOW))
                .run(service.on(adult.card, Progress.NONE));
        assertEquals(3, triesLeft(adult, PinKind.AUTH_PIN));
    }

    @Test
    void theExhaustingTryAndAfterAreBlocked() throws Exception {
        SimCards adult = SimCards.open("adult");
        authenticate(adult, "9999", LastTry.ALLOW);
        authenticate(adult, "9999", LastTry.ALLOW);
        assertEquals(ErrorCode.PIN_BLOCKED, authenticate(adult, "9999", LastTry.ALLOW).code());
        assertEquals(ErrorCode.PIN_BLOCKED, authenticate(adult, SimCards.PIN, LastTry.ALLOW).code());
    }

    @Test
    void aBlockedPersonaIsBlockedWithoutSpendingAnything() throws Exception {
        SimCards blocked = SimCards.open("auth-blocked");
        ApduException e = authenticate(blocked, SimCards.PIN, LastTry.REFUSE);
        assertEquals(ErrorCode.PIN_BLOCKED, e.code());
        assertEquals(0, blocked.transport.verifiesWithData());
    }

    @Test
    void aChildCardHasNoSigningCertificate() {
        SimCards child = SimCards.open("child");
        ApduException cert = assertThrows(ApduException.class,
                () -> new ReadSignCertificate(SimCards.password(SimCards.PASSWORD), LastTry.REFUSE)
                        .run(service.on(child.card)));
        assertEquals(ErrorCode.UNSUPPORTED_CARD, cert.code());
        ApduException sign = assertThrows(ApduException.class,
                () -> new Sign(SimCards.password(SimCards.PASSWORD),
                        SignRequest.ofData(CHALLENGE, null, SignFormat.CMS), LastTry.REFUSE)
                        .run(service.on(child.card, Progress.NONE)));
        assertEquals(ErrorCode.UNSUPPORTED_CARD, sign.code());
    }
}
