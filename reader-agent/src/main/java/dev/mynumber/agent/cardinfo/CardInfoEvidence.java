package dev.mynumber.agent.cardinfo;

import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.textap.BasicAttributes;
import dev.mynumber.card.textap.IntegrityRecord;
import dev.mynumber.card.textap.MyNumber;
import dev.mynumber.card.visualap.CardFace;

/**
 * The signed card data kept, as read, for the signature checks of the Verification issue; never serialised.
 *
 * <p>Holds personal data: it lives only as long as the response it belongs to.
 *
 * @param myNumber the My Number file, or null when 照合番号B opened the card
 * @param attributes the four basic attributes file
 * @param integrityRecord the text AP integrity record (digests + issuer signature)
 * @param textApCertificate the text AP's CV certificate
 * @param cardFace the card face file of the visual AP
 * @param visualApCertificate the visual AP's CV certificate
 */
public record CardInfoEvidence(MyNumber myNumber, BasicAttributes attributes, IntegrityRecord integrityRecord,
        CvCertificate textApCertificate, CardFace cardFace, CvCertificate visualApCertificate) {
    /** Redacted: the evidence holds personal data. */
    @Override
    public String toString() {
        return "CardInfoEvidence[redacted]";
    }
}
