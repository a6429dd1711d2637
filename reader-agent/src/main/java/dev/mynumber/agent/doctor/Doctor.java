package dev.mynumber.agent.doctor;

import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.ReaderView;
import dev.mynumber.apdu.ApduException;
import java.util.List;

/**
 * The reader doctor: for each reader its name, card, ATR, protocol, SELECT round-trip times and whether extended
 * lengths work, plus PC/SC's state and the last errors. Sends only harmless commands ({@link CardProbe}), through
 * the reader's own thread like any operation, so it never interleaves with a card operation.
 */
public final class Doctor {
    private static final int ROUNDS = 5;
    private final ReaderManager readers;
    private final AtrRecorder atrs;
    private final RecentErrors errors;
    private final String version;

    /**
     * Creates the doctor.
     *
     * @param readers the readers
     * @param atrs where connects note ATR and protocol
     * @param errors the last failed operations
     * @param version the agent's version
     */
    public Doctor(ReaderManager readers, AtrRecorder atrs, RecentErrors errors, String version) {
        this.readers = readers;
        this.atrs = atrs;
        this.errors = errors;
        this.version = version;
    }

    /** Examines every reader now. */
    public DoctorReport examine() {
        List<ReaderReport> reports = readers.readers().stream().map(this::examine).toList();
        return new DoctorReport(version, readers.pcscState(), reports, errors.list());
    }

    private ReaderReport examine(ReaderView reader) {
        if (!reader.cardPresent()) {
            return report(reader, null, null, null, null);
        }
        try {
            return readers.withCard(reader.name(), transport -> {
                CardSession session = atrs.last(reader.name()).orElse(null);
                CardProbe probe = new CardProbe(transport);
                RoundTrip trip = probe.roundTrip(ROUNDS);
                ExtendedLengthCheck extended = trip == null
                        ? ExtendedLengthCheck.notMeasured("no JPKI AP on this card") : probe.extendedLength();
                return report(reader, session, trip, extended, trip == null ? "NOT_A_MY_NUMBER_CARD" : null);
            });
        } catch (ApduException e) {
            return report(reader, atrs.last(reader.name()).orElse(null), null, null, e.code().name());
        } catch (AgentException e) {
            return report(reader, null, null, null, e.code().name());
        }
    }

    private static ReaderReport report(ReaderView r, CardSession session, RoundTrip trip, ExtendedLengthCheck extended,
            String problem) {
        return new ReaderReport(r.name(), r.id(), r.simulated(), r.cardPresent(), String.valueOf(r.cardType()),
                session == null ? null : session.atr(), session == null ? null : session.protocol(), trip, extended,
                problem);
    }
}
