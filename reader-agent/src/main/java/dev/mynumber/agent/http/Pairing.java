package dev.mynumber.agent.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A pairing request from an allow-listed web origin, waiting for the user's confirmation in the agent's page.
 *
 * @param id the pairing id (random, 256 bits)
 * @param origin the web origin asking
 * @param code the short code both pages show, so the user knows which request they confirm
 * @param created when it was asked
 * @param confirmed whether the user confirmed it
 * @param token the token issued on confirmation, handed out once
 */
public record Pairing(String id, String origin, String code, Instant created, boolean confirmed,
        @JsonIgnore String token) {
    Pairing confirm(String newToken) {
        return new Pairing(id, origin, code, created, true, newToken);
    }
}
