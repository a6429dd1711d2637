package dev.mynumber.agent.usecase;

import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.time.LocalDate;

/** A simulated card of a built-in persona, opened through a recording transport. */
final class SimCards {
    /** Default secrets of the built-in personas (TEAM.md, docs/personas.md). */
    static final String PIN = "1234";
    static final String PASSWORD = "ABC123";
    /** The adult persona's セキュリティコード, from its persona file (fictional). */
    static final String ADULT_SECURITY_CODE = Personas.builtIn("adult").securityCode();

    final SimCard sim;
    final RecordingTransport transport;
    final MyNumberCard card;

    private SimCards(SimCard sim) {
        this.sim = sim;
        this.transport = new RecordingTransport(sim::transmit);
        this.card = new MyNumberCard(transport);
    }

    /** A fresh card (fresh counters) of the persona. */
    static SimCards open(String persona) {
        return new SimCards(SimulatedCards.create(persona));
    }

    /** Resets the card as the agent does after each operation, and clears the transcript. */
    void reset() {
        sim.reset();
        transport.clear();
    }

    static Pin4 pin(String digits) throws ApduException {
        return Pin4.of(digits.toCharArray());
    }

    /** 照合番号B of the adult persona, built from what a PIN read showed (birth date, expiry) and its code. */
    static VerificationCodeB adultCodeB(CardInfoView byPin) throws ApduException {
        return VerificationCodeB.of(LocalDate.parse(byPin.birthDate()), LocalDate.parse(byPin.expiry()).getYear(),
                ADULT_SECURITY_CODE.toCharArray());
    }

    static SigningPassword password(String text) throws ApduException {
        return SigningPassword.of(text.toCharArray());
    }
}
