package dev.mynumber.agent.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.apdu.Hex;
import dev.mynumber.apdu.transport.CardTransport;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 13 item 2: the agent's production stack follows a driver's 61xx and 6Cxx answers. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StandardTransportsTest {
    private static final String SIGN = "802A00970330313200";
    private static final String SIGNATURE = "AB".repeat(256);

    /** A channel whose driver answers as scripted and records what was sent. */
    private static final class DriverChannel extends CardChannel {
        private final Map<String, String> answers;
        private final List<String> sent = new ArrayList<>();

        DriverChannel(Map<String, String> answers) {
            this.answers = answers;
        }

        @Override
        public Card getCard() {
            return null;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) {
            String hex = Hex.encode(command.getBytes());
            sent.add(hex);
            return new ResponseAPDU(Hex.decode(answers.getOrDefault(hex, "6D00")));
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theSigningCommandAnswered61xxIsCompletedWithGetResponse() throws Exception {
        DriverChannel driver = new DriverChannel(Map.of(SIGN, "6100", "00C0000000", SIGNATURE + "9000"));
        CardTransport stack = new StandardTransports().open(driver, "Driver Reader");
        assertEquals(SIGNATURE + "9000", Hex.encode(stack.transceive(Hex.decode(SIGN))));
        assertEquals(List.of(SIGN, "00C0000000"), driver.sent);
    }

    @Test
    void aReadAnswered6CxxIsResentWithThatLe() throws Exception {
        DriverChannel driver = new DriverChannel(Map.of("00B0810000", "6C11", "00B0810011", "11".repeat(17) + "9000"));
        CardTransport stack = new StandardTransports().open(driver, "Driver Reader");
        assertEquals("11".repeat(17) + "9000", Hex.encode(stack.transceive(Hex.decode("00B0810000"))));
        assertEquals(List.of("00B0810000", "00B0810011"), driver.sent);
    }
}
