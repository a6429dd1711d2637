package dev.mynumber.agent.pcsc;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.TransportException;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.TokenKind;

/**
 * Detects a My Number card by SELECTing the JPKI AP and reading its token label (EF 0006, no PIN).
 *
 * <p>Two APDUs. Only the card's own answer decides: a card without the JPKI AP ({@code 6A82}) or with another
 * label (住基カード, a phone token) is {@link CardType#OTHER}. A card that could not be talked to (a transport
 * failure while it is still powering up or settling in the field) is not a card of another kind: the detection
 * fails with {@link AgentException}, so the reader slot tries again and, failing that, says UNKNOWN.
 */
public final class JpkiCardTypeDetector implements CardTypeDetector {
    @Override
    public CardType detect(CardTransport transport) {
        try {
            TokenKind kind = new MyNumberCard(transport).jpki().tokenInfo().kind();
            return kind == TokenKind.MY_NUMBER_CARD ? CardType.MY_NUMBER_CARD : CardType.OTHER;
        } catch (ApduException e) {
            if (e instanceof TransportException) { // a transport fault or a removal (CardRemovedException)
                throw new AgentException(AgentCode.NO_CARD, "the card did not answer the detection yet");
            }
            return CardType.OTHER;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // javax.smartcardio's way of saying the card went away in the middle of a command (docs/tooling)
            throw new AgentException(AgentCode.NO_CARD, "the card did not answer the detection yet");
        }
    }
}
