package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Try counters persisted in a state file across restarts (issue item 4). */
class FilePinCountersTest {
    @TempDir
    Path dir;

    private final CardContents contents = TestContents.adult();

    @Test
    void startsAtTheInitialTriesAndWritesTheFileAtOnce() throws IOException {
        Path file = dir.resolve("state.properties");
        FilePinCounters c = FilePinCounters.open(file, "adult", contents);
        assertEquals(3, c.triesLeft(CardSecret.JPKI_AUTH_PIN));
        assertEquals(5, c.triesLeft(CardSecret.JPKI_SIGN_PASSWORD));
        assertTrue(Files.readString(file).contains("adult.JPKI_AUTH_PIN=3"));
    }

    @Test
    void aBlockedPinStaysBlockedAcrossANewCard() throws IOException {
        Path file = dir.resolve("state.properties");
        CardDriver first = card(file, "adult");
        first.ok(SELECT_JPKI);
        assertEquals(0x63C2, first.verify(0x18, "0000"));
        CardDriver second = card(file, "adult");
        second.ok(SELECT_JPKI);
        assertEquals(0x63C2, second.query(0x18));
        assertEquals(0x63C1, second.verify(0x18, "0000"));
        assertEquals(0x63C0, second.verify(0x18, "0000"));
        CardDriver third = card(file, "adult");
        third.ok(SELECT_JPKI);
        assertEquals(0x6984, third.verify(0x18, TestContents.PIN));
        assertEquals(0x63C0, third.query(0x18));
    }

    @Test
    void successIsPersistedToo() throws IOException {
        Path file = dir.resolve("state.properties");
        CardDriver first = card(file, "adult");
        first.ok(SELECT_JPKI);
        first.verify(0x1B, "WRONG1");
        first.verify(0x1B, TestContents.PASSWORD);
        CardDriver second = card(file, "adult");
        second.ok(SELECT_JPKI);
        assertEquals(0x63C5, second.query(0x1B));
    }

    @Test
    void anotherPersonasRecordLeavesThisPersonaAtItsInitialTries() throws IOException {
        Path file = dir.resolve("state.properties");
        FilePinCounters other = FilePinCounters.open(file, "child", contents);
        other.set(CardSecret.JPKI_AUTH_PIN, 0);
        CardContents partlyBlocked = TestContents.withInitialTries(Map.of(CardSecret.JPKI_SIGN_PASSWORD, 1));
        FilePinCounters mine = FilePinCounters.open(file, "adult", partlyBlocked);
        assertEquals(3, mine.triesLeft(CardSecret.JPKI_AUTH_PIN));
        assertEquals(1, mine.triesLeft(CardSecret.JPKI_SIGN_PASSWORD));
        assertEquals(0, FilePinCounters.open(file, "child", contents).triesLeft(CardSecret.JPKI_AUTH_PIN));
    }

    @Test
    void twoCardsSharingOneFileNeverOverwriteEachOther() throws IOException {
        Path file = dir.resolve("state.properties");
        FilePinCounters adult = FilePinCounters.open(file, "adult", contents);
        FilePinCounters child = FilePinCounters.open(file, "child", contents);
        adult.set(CardSecret.JPKI_AUTH_PIN, 1);
        child.set(CardSecret.TEXT_PIN, 0);
        adult.set(CardSecret.JPKI_SIGN_PASSWORD, 2);
        FilePinCounters adultAgain = FilePinCounters.open(file, "adult", contents);
        FilePinCounters childAgain = FilePinCounters.open(file, "child", contents);
        assertEquals(1, adultAgain.triesLeft(CardSecret.JPKI_AUTH_PIN));
        assertEquals(2, adultAgain.triesLeft(CardSecret.JPKI_SIGN_PASSWORD));
        assertEquals(3, adultAgain.triesLeft(CardSecret.TEXT_PIN));
        assertEquals(0, childAgain.triesLeft(CardSecret.TEXT_PIN));
        assertEquals(3, childAgain.triesLeft(CardSecret.JPKI_AUTH_PIN));
    }

    @Test
    void anEmptyOrCutShortFileRefusesToStartInsteadOfGivingFreshCounters() throws IOException {
        Path file = dir.resolve("state.properties");
        FilePinCounters c = FilePinCounters.open(file, "adult", contents);
        c.set(CardSecret.JPKI_AUTH_PIN, 0);
        String whole = Files.readString(file);
        for (int cut : new int[] {0, 1, whole.length() / 3, whole.length() / 2, whole.length() - 3}) {
            Files.writeString(file, whole.substring(0, cut));
            IOException e = assertThrows(IOException.class, () -> FilePinCounters.open(file, "adult", contents),
                    "cut at " + cut);
            assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        }
        Files.writeString(file, whole.replace("adult.JPKI_AUTH_PIN=0", "adult.JPKI_AUTH_PIN=3"));
        assertThrows(IOException.class, () -> FilePinCounters.open(file, "adult", contents), "edited: checksum");
        Files.writeString(file, whole);
        assertEquals(0, FilePinCounters.open(file, "adult", contents).triesLeft(CardSecret.JPKI_AUTH_PIN));
    }

    @Test
    void aCompleteFileOfThePreviousFormatIsStillRead() throws IOException {
        Path file = dir.resolve("state.properties");
        StringBuilder legacy = new StringBuilder("#card-sim PIN try counters\npersona=adult\n");
        for (CardSecret s : CardSecret.values()) {
            legacy.append(s.name()).append('=').append(s == CardSecret.JPKI_AUTH_PIN ? 0 : 3).append('\n');
        }
        Files.writeString(file, legacy.toString());
        assertEquals(0, FilePinCounters.open(file, "adult", contents).triesLeft(CardSecret.JPKI_AUTH_PIN));
        Files.writeString(file, "persona=adult\nJPKI_AUTH_PIN=0\n");
        assertThrows(IOException.class, () -> FilePinCounters.open(file, "adult", contents), "partial legacy");
    }

    @Test
    void writesAtomicallyWithoutLeftovers() throws IOException {
        Path file = dir.resolve("state.properties");
        FilePinCounters c = FilePinCounters.open(file, "adult", contents);
        for (int i = 3; i >= 0; i--) {
            c.set(CardSecret.TEXT_PIN, i);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> !f.toString().endsWith(".lock")).count());
        }
        assertEquals(0, FilePinCounters.open(file, "adult", contents).triesLeft(CardSecret.TEXT_PIN));
    }

    @Test
    void malformedFileIsACheckedError() throws IOException {
        Path file = dir.resolve("state.properties");
        Files.writeString(file, "persona=adult\nJPKI_AUTH_PIN=seven\n");
        assertThrows(IOException.class, () -> FilePinCounters.open(file, "adult", contents));
        Files.writeString(file, "persona=adult\nJPKI_AUTH_PIN=4\n");
        assertThrows(IOException.class, () -> FilePinCounters.open(file, "adult", contents));
    }

    @Test
    void unwritableStateAnswersMemoryFailureAndStillCounts() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path file = sub.resolve("state.properties");
        FilePinCounters counters = FilePinCounters.open(file, "adult", contents);
        CardDriver card = new CardDriver(new MyNumberCardSim(contents, counters, new Random(1)));
        card.ok(SELECT_JPKI);
        Files.delete(file);
        Files.delete(sub.resolve("state.properties.lock"));
        Files.delete(sub);
        assertEquals(0x6581, card.verify(0x18, "0000"));
        assertEquals(0x63C2, card.query(0x18));
    }

    @Test
    void inMemoryCountersStartFromTheContents() {
        CardContents c = TestContents.withInitialTries(Map.of(CardSecret.TEXT_PIN, 1));
        InMemoryPinCounters counters = new InMemoryPinCounters(c);
        assertEquals(1, counters.triesLeft(CardSecret.TEXT_PIN));
        assertEquals(10, counters.triesLeft(CardSecret.TEXT_CODE_A));
    }

    private CardDriver card(Path file, String persona) throws IOException {
        return new CardDriver(new MyNumberCardSim(contents, FilePinCounters.open(file, persona, contents),
                new Random(1)));
    }
}
