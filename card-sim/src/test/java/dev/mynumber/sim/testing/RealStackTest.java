package dev.mynumber.sim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RealStackTest {
    private final String original = System.getProperty("require.real");

    @AfterEach
    void restore() {
        if (original == null) {
            System.clearProperty("require.real");
        } else {
            System.setProperty("require.real", original);
        }
    }

    @Test
    void skipsWhenTheRealStackIsOptional() {
        System.setProperty("require.real", "false");
        assertThrows(TestAbortedException.class, () -> RealStack.unavailable("self-test"));
        assertThrows(TestAbortedException.class, () -> RealStack.requireTools("self-test-no-such-program"));
    }

    @Test
    void failsWhenTheRealStackIsRequired() {
        System.setProperty("require.real", "true");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> RealStack.unavailable("self-test"));
        assertEquals("real PC/SC stack unavailable: self-test (require.real=true)", e.getMessage());
    }

    @Test
    void runsProgramsWithATimeout() throws Exception {
        assertEquals("hi\n", RealStack.run(Duration.ofSeconds(10), "echo", "hi").ok());
        assertEquals(3, RealStack.run(Duration.ofSeconds(10), "sh", "-c", "exit 3").exit());
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> RealStack.run(Duration.ofMillis(200), "sleep", "5"));
        assertTrue(e.getMessage().endsWith("did not finish within PT0.2S"), e.getMessage());
    }
}
