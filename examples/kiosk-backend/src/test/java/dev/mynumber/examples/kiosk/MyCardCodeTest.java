package dev.mynumber.examples.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.transport.SmartcardioTransport;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.sim.junit.SimulatedCard;
import dev.mynumber.sim.junit.SimulatedCardExtension;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The simulator sample of docs/integrators.md: your own PC/SC code (here the project's card client) in JUnit. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SimulatedCardExtension.class)
class MyCardCodeTest {
    @Test
    void readsTheAuthPinCounter(@SimulatedCard(persona = "adult") CardTerminal terminal) throws Exception {
        MyNumberCard card = new MyNumberCard(new SmartcardioTransport(terminal.connect("*").getBasicChannel()));
        assertEquals(3, card.jpki().authPinStatus().triesLeft());
    }

    @Test
    void aCardPulledMidWayIsReported(@SimulatedCard(faults = "remove-at:2") CardTerminal terminal) throws Exception {
        MyNumberCard card = new MyNumberCard(new SmartcardioTransport(terminal.connect("*").getBasicChannel()));
        ApduException e = assertThrows(ApduException.class, () -> card.jpki().authPinStatus());
        assertEquals(ErrorCode.CARD_REMOVED, e.code());
    }
}
