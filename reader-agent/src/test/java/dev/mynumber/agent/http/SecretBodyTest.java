package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.AgentException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Secret fields go to char[] and are wiped; the request bytes are zeroed. */
class SecretBodyTest {
    @Test
    void secretsAreCharArraysAndWipedOnClose() {
        byte[] bytes = "{\"pin\":\"1234\",\"codeB\":{\"securityCode\":\"5678\",\"expiryYear\":2035},\"confirmLastTry\":true}"
                .getBytes(StandardCharsets.UTF_8);
        SecretBody body = SecretBody.parse(bytes);
        for (byte b : bytes) {
            assertEquals(0, b, "the request bytes are zeroed after parsing");
        }
        char[] pin = body.secret("pin");
        char[] code = body.object("codeB").secret("securityCode");
        assertArrayEquals("1234".toCharArray(), pin);
        assertArrayEquals("5678".toCharArray(), code);
        assertEquals(2035, body.object("codeB").integer("expiryYear"));
        assertTrue(body.flag("confirmLastTry"));
        body.close();
        assertArrayEquals(new char[4], pin);
        assertArrayEquals(new char[4], code);
    }

    @Test
    void malformedBodiesAreBadRequests() {
        assertThrows(AgentException.class, () -> SecretBody.parse("[1]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(AgentException.class, () -> SecretBody.parse("{\"pin\":".getBytes(StandardCharsets.UTF_8)));
        SecretBody flags = SecretBody.parse("{\"confirmLastTry\":\"yes\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(AgentException.class, () -> flags.flag("confirmLastTry"));
    }
}
