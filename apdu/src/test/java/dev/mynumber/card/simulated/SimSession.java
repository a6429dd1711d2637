package dev.mynumber.card.simulated;

import dev.mynumber.apdu.Hex;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardSecret;
import dev.mynumber.sim.persona.Persona;
import dev.mynumber.sim.persona.PersonaSecrets;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A simulated card of one persona behind the client, with every APDU and status word recorded.
 *
 * <p>The transport is a lambda over {@link SimCard#transmit(byte[])}: the simulator shares no protocol code
 * with the client, so a bug on one side cannot hide behind the same bug on the other.
 */
final class SimSession {
    private static final int INS_VERIFY = 0x20;
    private static final int HEADER = 4;

    final Persona persona;
    final SimCard sim;
    final MyNumberCard card;
    private final List<byte[]> commands = new ArrayList<>();
    private final List<String> statusWords = new ArrayList<>();

    private SimSession(String personaId, ReadOptions options) {
        this.persona = Personas.builtIn(personaId);
        this.sim = SimulatedCards.create(personaId);
        CardTransport transport = command -> {
            commands.add(command.clone());
            byte[] response = sim.transmit(command);
            statusWords.add(Hex.encode(Arrays.copyOfRange(response, response.length - 2, response.length)));
            return response;
        };
        this.card = new MyNumberCard(transport, options);
    }

    static SimSession of(String personaId) {
        return new SimSession(personaId, ReadOptions.DEFAULT);
    }

    static SimSession of(String personaId, ReadOptions options) {
        return new SimSession(personaId, options);
    }

    /** The persona's secret as the ASCII text a correct VERIFY carries. */
    String secret(CardSecret secret) {
        return PersonaSecrets.of(persona).get(secret);
    }

    /** APDUs sent so far. */
    int sent() {
        return commands.size();
    }

    /** Every command sent so far, in order (copies). */
    List<byte[]> commands() {
        return commands.stream().map(byte[]::clone).toList();
    }

    /** VERIFY commands with data (each may spend a try) sent so far. */
    long verifiesWithData() {
        return commands.stream().filter(c -> (c[1] & 0xFF) == INS_VERIFY && c.length > HEADER).count();
    }

    /** The status word of the last response, e.g. {@code 63C0}. */
    String lastStatus() {
        return statusWords.get(statusWords.size() - 1);
    }

    /** All status words so far. */
    List<String> statusWords() {
        return List.copyOf(statusWords);
    }
}
