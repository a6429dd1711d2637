package dev.mynumber.card.verify;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.textap.ApKey;
import dev.mynumber.card.textap.BasicAttributes;
import dev.mynumber.card.textap.IntegrityRecord;
import dev.mynumber.card.textap.MyNumber;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.visualap.CardFace;
import dev.mynumber.card.visualap.VisualAp;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.persona.SimulatedCards;

/** Everything the verifier needs, read from a simulated card through the real card client. */
final class SimulatedEvidence {
    final MyNumberCard card;
    MyNumber myNumber;
    BasicAttributes attributes;
    IntegrityRecord integrity;
    CvCertificate textCertificate;
    ApKey textKey;
    CardFace face;
    CvCertificate visualCertificate;

    private SimulatedEvidence(MyNumberCard card) {
        this.card = card;
    }

    /** Reads a persona's card: text AP with the PIN, EF 0007 by raw APDUs, visual AP with 照合番号A. */
    static SimulatedEvidence read(String personaId) throws ApduException {
        SimCard sim = SimulatedCards.create(personaId);
        SimulatedEvidence e = new SimulatedEvidence(new MyNumberCard(sim::transmit));
        TextAp text = e.card.textAp();
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            text.verify(pin, LastTry.ALLOW);
        }
        e.myNumber = text.readMyNumber();
        e.attributes = text.readAttributes();
        e.integrity = text.readIntegrityRecord();
        e.textCertificate = text.readCertificate();
        e.textKey = text.readApKey();
        VisualAp visual = e.card.visualAp();
        try (VerificationCodeA a = VerificationCodeA.of(e.myNumber.digits().toCharArray())) {
            visual.verify(a, LastTry.ALLOW);
        }
        e.face = visual.readCardFace();
        e.visualCertificate = visual.readCertificate();
        return e;
    }

    /** All evidence, with signers that select their AP first (the other AP may be selected by then). */
    CardEvidence.Builder builder() {
        return CardEvidence.builder().myNumber(myNumber).attributes(attributes).integrityRecord(integrity)
                .textCertificate(textCertificate).textApKey(textKey)
                .textSigner(d -> card.textAp().signChallenge(d)).cardFace(face)
                .visualCertificate(visualCertificate).visualSigner(d -> card.visualAp().signChallenge(d));
    }
}
