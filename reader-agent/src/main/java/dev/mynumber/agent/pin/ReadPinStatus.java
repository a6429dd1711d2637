package dev.mynumber.agent.pin;

import dev.mynumber.agent.usecase.CardOperation;
import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.apdu.ApduException;

/** Reads every PIN and 照合番号 counter on the card without spending a try. */
public final class ReadPinStatus implements UseCase<PinStatusReport> {
    @Override
    public CardOperation operation() {
        return CardOperation.PIN_STATUS;
    }

    @Override
    public PinStatusReport run(CardSession session) throws ApduException {
        return PinCounters.read(session.card());
    }
}
