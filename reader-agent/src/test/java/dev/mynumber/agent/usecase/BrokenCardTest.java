package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.agent.auth.AuthRequest;
import dev.mynumber.agent.auth.Authenticate;
import dev.mynumber.agent.signing.Sign;
import dev.mynumber.agent.signing.SignFormat;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.sim.SimCard;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A card whose signatures do not match its certificate is caught before anything is returned. */
class BrokenCardTest {
    private static final int INS_SIGN = 0x2A;
    private final Sessions service = Sessions.unconfigured(Clock.systemUTC());

    /** The adult card, with one bit of every signature flipped on the way back. */
    private static MyNumberCard corruptingSignatures() {
        SimCard sim = SimCards.open("adult").sim;
        return new MyNumberCard(command -> {
            byte[] response = sim.transmit(command);
            if ((command[1] & 0xFF) == INS_SIGN && response.length > 2) {
                response[10] ^= 1;
            }
            return response;
        });
    }

    @Test
    void authenticationWithABadSignatureIsMalformedCardData() {
        ApduException e = assertThrows(ApduException.class,
                () -> new Authenticate(
                        AuthRequest.challenge(SimCards.pin(SimCards.PIN), new byte[] {1}, LastTry.REFUSE))
                        .run(service.on(corruptingSignatures(), Progress.NONE)));
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, e.code());
    }

    @Test
    void rawAndCmsSigningWithABadSignatureAreMalformedCardData() {
        for (SignFormat format : SignFormat.values()) {
            ApduException e = assertThrows(ApduException.class,
                    () -> new Sign(SimCards.password(SimCards.PASSWORD),
                            SignRequest.ofData(new byte[] {1}, null, format), LastTry.REFUSE)
                            .run(service.on(corruptingSignatures(), Progress.NONE)));
            assertEquals(ErrorCode.MALFORMED_CARD_DATA, e.code(), format.name());
        }
    }
}
