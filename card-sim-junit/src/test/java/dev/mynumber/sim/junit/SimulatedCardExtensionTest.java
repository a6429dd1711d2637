package dev.mynumber.sim.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.transport.SmartcardioTransport;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.sim.smartcardio.SimulatedReader;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension with annotations: fresh cards per test, faults, several readers, field injection. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SimulatedCardExtension.class)
class SimulatedCardExtensionTest {
    @SimulatedCard(persona = "adult", reader = "Field Reader")
    CardTerminal fieldTerminal;

    // These two tests each find three tries and block the PIN: whichever runs second proves nothing leaked.
    @Test
    void aPinBlockedHereIsFreshInTheOtherTest(@SimulatedCard CardTerminal terminal) throws Exception {
        blockAuthPin(terminal);
    }

    @Test
    void aPinBlockedThereIsFreshHere() throws Exception {
        blockAuthPin(fieldTerminal);
    }

    @Test
    void removeAtPullsTheCardAtThatCommand(@SimulatedCard(faults = "remove-at:1") CardTerminal terminal)
            throws Exception {
        MyNumberCard card = open(terminal);
        ApduException e = assertThrows(ApduException.class, () -> card.jpki().authPinStatus());
        assertEquals(ErrorCode.CARD_REMOVED, e.code());
        assertFalse(terminal.isCardPresent());
    }

    @Test
    void parametersNamingOneReaderShareIt(@SimulatedCard(reader = "A") CardTerminal a,
            @SimulatedCard(reader = "A") SimulatedReader readerA,
            @SimulatedCard(reader = "B", persona = "child", inserted = false) CardTerminal b,
            @SimulatedCard TerminalFactory factory) throws Exception {
        assertEquals("A", a.getName());
        assertTrue(a.isCardPresent());
        assertFalse(b.isCardPresent());
        assertEquals(4, factory.terminals().list().size());   // A, B, the default one, the field's
        readerA.remove();
        assertFalse(a.isCardPresent());
        assertSame(a, factory.terminals().getTerminal("A"));
    }

    @Test
    void twoDifferentCardsForOneReaderAreAConfigurationError(@SimulatedCard SimulatedReader first) {
        SimulatedBench bench = new SimulatedBench();
        bench.prepare(CardSpec.defaults());
        CardSpec child = new CardSpec("child", "", SimulatedCard.DEFAULT_READER, java.util.List.of(), true);
        assertThrows(org.junit.jupiter.api.extension.ExtensionConfigurationException.class, () -> bench.prepare(child));
        assertTrue(first.card().isPresent());
    }

    @Test
    void variantsReachTheSimulatorAndABadNameFailsClearly(
            @SimulatedCard(reader = "Short", variants = {"short-apdu", "blocked-6983"}) CardTerminal shortReader)
            throws Exception {
        // the short-APDU reader refuses an extended READ BINARY: the card's answer says so
        javax.smartcardio.ResponseAPDU extended = shortReader.connect("*").getBasicChannel().transmit(
                new javax.smartcardio.CommandAPDU(java.util.HexFormat.of().parseHex("00B08A000000FF")));
        assertEquals(0x6700, extended.getSW());
        CardSpec unknown = new CardSpec("adult", "", "R", java.util.List.of("no-such-variant"), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, unknown::newCard);
        assertTrue(e.getMessage().contains("no-such-variant"), e.getMessage());
    }

    static MyNumberCard open(CardTerminal terminal) throws Exception {
        return new MyNumberCard(new SmartcardioTransport(terminal.connect("*").getBasicChannel()));
    }

    static void blockAuthPin(CardTerminal terminal) throws Exception {
        JpkiAp jpki = open(terminal).jpki();
        assertEquals(3, jpki.authPinStatus().triesLeft());
        for (int i = 0; i < 3; i++) {
            try (Pin4 wrong = Pin4.of("9999".toCharArray())) {
                assertThrows(ApduException.class,
                        () -> jpki.signWithAuthKey(wrong, DigestAlgorithm.SHA256, new byte[32], LastTry.ALLOW));
            }
        }
        assertTrue(jpki.authPinStatus().blocked());
    }
}
