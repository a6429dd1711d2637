package dev.mynumber.agent.http;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.WrongPinException;

/** Reads the tries left from the card client's errors: WRONG_PIN carries them. */
final class CardErrorDetails implements ErrorMapper.ErrorDetails {
    @Override
    public Integer triesLeft(ApduException e) {
        if (e instanceof WrongPinException wrong) {
            return wrong.triesLeft();
        }
        return switch (e.code()) {
            case PIN_BLOCKED -> 0;
            case LAST_TRY_NOT_CONFIRMED -> 1;
            default -> null;
        };
    }
}
