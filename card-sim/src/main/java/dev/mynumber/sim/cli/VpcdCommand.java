package dev.mynumber.sim.cli;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.ApduLog;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.timing.TimedCard;
import dev.mynumber.sim.vpcd.VpcdCard;
import java.io.IOException;
import java.io.PrintStream;

/** The {@code vpcd} command: builds the card the options describe and starts the bridge. */
final class VpcdCommand {
    private VpcdCommand() {
    }

    /**
     * Builds the card (persona, counters, faults, log) and starts a bridge to vpcd.
     *
     * @param out receives status lines ("connected ..." once vpcd accepts the card)
     * @param log receives the masked APDU log when {@code --log} is given
     */
    static VpcdCard start(VpcdOptions o, PrintStream out, PrintStream log) throws IOException {
        SimCard card = SimulatedCards.create(o.persona(), o.state(), o.variants());
        if (!o.faults().faults().isEmpty()) {
            card = new FaultyCard(card, o.faults());
        }
        if (o.timing() != null) {
            card = new TimedCard(card, o.timing());
        }
        if (o.log()) {
            ApduLog apduLog = new ApduLog(card);
            apduLog.addListener(entry -> log.println("apdu: " + entry));
            card = apduLog;
        }
        VpcdCard bridge = new VpcdCard(o.host(), o.port(), card);
        String what = "persona " + o.persona() + (o.variants().isEmpty() ? "" : ", variants " + o.variants())
                + (o.faults().faults().isEmpty() ? "" : ", faults " + o.faults());
        bridge.onStatus(
                line -> out.println("card-sim: " + line + (line.startsWith("connected") ? " (" + what + ")" : "")));
        bridge.start();
        return bridge;
    }
}
