package dev.mynumber.sim.timing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.cli.UsageException;
import dev.mynumber.sim.cli.VpcdOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The timing model's arithmetic and counters (never wall-clock times) and the {@code --timing} option. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TimedCardTest {
    /** A card that answers every command with fixed bytes. */
    private record FixedCard(byte[] answer) implements SimCard {
        @Override
        public byte[] atr() {
            return new byte[] {0x3B};
        }

        @Override
        public byte[] transmit(byte[] command) {
            return answer.clone();
        }

        @Override
        public void reset() {
        }
    }

    private static final CardTimingProfile TINY = new CardTimingProfile("tiny", Duration.ofNanos(1_000),
            Duration.ofNanos(10), Duration.ofNanos(100_000));

    @Test
    void aSignatureTheCardAcceptedCostsTheRsaTimeAndEveryByteIsCounted() {
        TimedCard card = new TimedCard(new FixedCard(new byte[] {1, 2, (byte) 0x90, 0}), TINY);
        byte[] sign = {(byte) 0x80, 0x2A, 0, (byte) 0x9A, 1, 0};
        byte[] read = {0, (byte) 0xB0, (byte) 0x8A, 0};
        assertArrayEquals(new byte[] {1, 2, (byte) 0x90, 0}, card.transmit(sign));
        card.transmit(read);
        TimingStats.Snapshot s = card.stats().snapshot();
        assertEquals(2, s.apdus());
        assertEquals(10, s.commandBytes());
        assertEquals(8, s.responseBytes());
        assertEquals((1_000 + 10 * 10 + 100_000) + (1_000 + 10 * 8), s.modelledNanos());
    }

    @Test
    void aRefusedSignatureRunsNoKey() {
        TimedCard card = new TimedCard(new FixedCard(new byte[] {0x69, (byte) 0x82}), TINY);
        card.transmit(new byte[] {0, (byte) 0x88, 0, 0, 1, 0});
        assertEquals(1_000 + 10 * 8, card.stats().snapshot().modelledNanos());
    }

    @Test
    void theProfilesAreNamedAndTheOptionParses() throws UsageException {
        assertEquals(CardTimingProfile.CONTACTLESS, CardTimingProfile.named("Contactless"));
        assertEquals(CardTimingProfile.CONTACT, VpcdOptions.parse(List.of("--port", "35963", "--timing", "contact"))
                .timing());
        assertEquals(null, VpcdOptions.parse(List.of("--port", "35963")).timing());
        UsageException e = assertThrows(UsageException.class,
                () -> VpcdOptions.parse(List.of("--port", "35963", "--timing", "fast")));
        assertEquals(true, e.getMessage().contains("contact or contactless"));
    }
}
