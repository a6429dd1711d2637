package dev.mynumber.agent.pin;

import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.apdu.ApduException;

/** Reads every PIN and 照合番号 counter on the card without spending a try. */
public final class ReadPinStatus implements UseCase<PinStatusReport> {
    @Override
    public String name() {
        return "pin-status";
    }

    /** False: status queries present no PIN (the orchestrator publishes the whole report instead). */
    @Override
    public boolean usesPin() {
        return false;
    }

    @Override
    public PinStatusReport run(CardSession session) throws ApduException {
        return PinCounters.read(session.card());
    }
}
