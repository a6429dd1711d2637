package dev.mynumber.card.jukiap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.PinBlockedException;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.pin.Pin4;
import org.junit.jupiter.api.Test;

class JukiApTest {
    @Test
    void pinCounterAndBlockedVerify() throws Exception {
        CardScript card = new CardScript().then("00A4040C0AD3921000310001010401", "9000").then("0020009C", "63C1")
                .then("0020009C0439393939", "63C0");
        JukiAp juki = new MyNumberCard(card).jukiAp();
        assertEquals(new PinStatus(1, 3), juki.pinStatus());
        try (Pin4 pin = Pin4.of("9999".toCharArray())) {
            assertThrows(PinBlockedException.class, () -> juki.verify(pin, LastTry.ALLOW));
        }
        card.assertComplete();
    }
}
