package dev.mynumber.agent.cardinfo;

import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.textap.ApKey;
import dev.mynumber.card.textap.BasicAttributes;
import dev.mynumber.card.textap.IntegrityRecord;
import dev.mynumber.card.textap.MyNumber;

/**
 * What one text AP session read: the My Number (null with 照合番号B), attributes, integrity record, certificate
 * and the AP's key.
 *
 * @param myNumber the number, or null when the credential does not open EF 0001
 * @param attributes the four basic attributes
 * @param integrity the integrity record
 * @param certificate the AP's CV certificate
 * @param apKey EF 0007, the AP's own key (for liveness)
 */
record TextApData(MyNumber myNumber, BasicAttributes attributes, IntegrityRecord integrity,
        CvCertificate certificate, ApKey apKey) {
    /** Redacted: personal data. */
    @Override
    public String toString() {
        return "TextApData[redacted]";
    }
}
