package dev.mynumber.card.commonap;

import static dev.mynumber.card.fixtures.Bytes.ascii;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.pin.Pin4;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommonApTest {
    static final String SELECT = "00A4040C0AD3921000310001010100";

    @Test
    void pinCounterVerifyAndCardInfo() throws Exception {
        String record = "011C" + hex(ascii("123456789012345" + "13101" + "20351231"));
        CardScript card = new CardScript().then(SELECT, "9000").then("0020009C", "63C3")
                .then("0020009C0431323334", "9000").then("00B2010C00", record + "9000");
        CommonAp common = new MyNumberCard(card).commonAp();
        assertEquals(new PinStatus(3, 3), common.pinStatus());
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            common.verify(pin, LastTry.ALLOW);
        }
        assertEquals(new CardInfo("123456789012345", "13101", LocalDate.of(2035, 12, 31)), common.readCardInfo());
        card.assertComplete();
    }

    @Test
    void malformedRecords() throws ApduException {
        for (String bad : new String[] {"011B" + "30".repeat(27), "021C" + "30".repeat(28),
            "011C" + "30".repeat(27) + "41", "011C" + "30".repeat(20) + hex(ascii("20351332"))}) {
            CardScript card = new CardScript().then(SELECT, "9000").then("00B2010C00", bad + "9000");
            CommonAp common = new MyNumberCard(card).commonAp();
            assertEquals(ErrorCode.MALFORMED_CARD_DATA, assertThrows(ApduException.class, common::readCardInfo).code(),
                    bad);
        }
    }
}
