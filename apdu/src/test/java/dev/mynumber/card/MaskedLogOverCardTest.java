package dev.mynumber.card;

import static dev.mynumber.card.fixtures.Bytes.ascii;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mynumber.apdu.transport.MaskedLogTransport;
import dev.mynumber.apdu.transport.Transports;
import dev.mynumber.card.fixtures.CardFiles;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.textap.TextAp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole text-AP read through the standard stack and the masked log: no PIN and no My Number in the log. */
class MaskedLogOverCardTest {
    @Test
    void logHoldsNeitherThePinNorTheNumber() throws Exception {
        byte[] file = CardFiles.myNumberFile(CardFiles.MY_NUMBER);
        CardScript card = new CardScript().then("00A4040C0AD3921000310001010408", "9000")
                .then("002000910439383736", "9000").then("00B08100001FFE", hex(file) + "9000");
        List<String> log = new ArrayList<>();
        TextAp text = new MyNumberCard(new MaskedLogTransport(Transports.standard(card), log::add)).textAp();
        try (Pin4 pin = Pin4.of("9876".toCharArray())) {
            text.verify(pin, LastTry.ALLOW);
        }
        assertEquals(CardFiles.MY_NUMBER, text.readMyNumber().digits());
        card.assertComplete();
        assertEquals(List.of("> 00A4040C0AD3921000310001010408", "< 9000 SUCCESS", "> 00200091 Lc=4 [masked]",
                "< 9000 SUCCESS", "> 00B08100001FFE", "< [17 bytes masked] 9000 SUCCESS"), log);
        String all = String.join("\n", log);
        assertFalse(all.contains(hex(ascii("9876"))));
        assertFalse(all.contains(hex(ascii(CardFiles.MY_NUMBER))));
    }
}
