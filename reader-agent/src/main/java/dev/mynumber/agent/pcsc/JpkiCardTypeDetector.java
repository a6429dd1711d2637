package dev.mynumber.agent.pcsc;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.TokenKind;

/**
 * Detects a My Number card by SELECTing the JPKI AP and reading its token label (EF 0006, no PIN).
 *
 * <p>Two APDUs. A card without the JPKI AP ({@code 6A82}) or with another label (住基カード, a phone token)
 * is {@link CardType#OTHER}.
 */
public final class JpkiCardTypeDetector implements CardTypeDetector {
    @Override
    public CardType detect(CardTransport transport) {
        try {
            TokenKind kind = new MyNumberCard(transport).jpki().tokenInfo().kind();
            return kind == TokenKind.MY_NUMBER_CARD ? CardType.MY_NUMBER_CARD : CardType.OTHER;
        } catch (ApduException | RuntimeException e) {
            return CardType.OTHER;
        }
    }
}
