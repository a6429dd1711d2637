package dev.mynumber.sim.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension built in code: its card goes to parameters without the annotation. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimulatedCardBuilderTest {
    @RegisterExtension
    static SimulatedCardExtension sim = SimulatedCardExtension.builder()
            .persona("child").reader("Kiosk Reader").faults("sw-at:1=6A82").build();

    @Test
    void theBuiltCardWithItsFault(CardTerminal terminal, SimulatedReaders readers) throws Exception {
        assertEquals("Kiosk Reader", terminal.getName());
        assertEquals(1, readers.readers().size());
        ApduException e = assertThrows(ApduException.class,
                () -> SimulatedCardExtensionTest.open(terminal).jpki().authPinStatus());
        assertEquals(ErrorCode.FILE_NOT_FOUND, e.code(), e.getMessage());   // SELECT answered 6A82
    }

    @Test
    void eachTestGetsItsOwnReaders(CardTerminal terminal, SimulatedReaders readers) throws Exception {
        readers.reader("Kiosk Reader").remove();
        assertFalse(terminal.isCardPresent());
    }
}
