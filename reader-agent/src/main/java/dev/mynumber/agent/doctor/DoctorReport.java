package dev.mynumber.agent.doctor;

import java.util.List;

/**
 * The reader doctor's report ({@code reader-agent doctor}, {@code GET /api/v1/doctor}): no personal data.
 *
 * @param agentVersion the agent's version
 * @param pcsc {@code available}, {@code unavailable} (pcscd not reachable) or {@code disabled}
 * @param readers one entry per reader
 * @param recentErrors the last failed card operations, newest first
 */
public record DoctorReport(String agentVersion, String pcsc, List<ReaderReport> readers,
        List<RecentErrors.RecentError> recentErrors) {

    /** The report as plain text for support staff (the command line). */
    public String text() {
        StringBuilder out = new StringBuilder("mynumber-agent doctor, version " + agentVersion + "\n");
        out.append("PC/SC (pcscd): ").append(pcsc).append('\n');
        out.append("readers: ").append(readers.size()).append('\n');
        for (ReaderReport r : readers) {
            out.append("- ").append(r.name()).append(r.simulated() ? " (simulated)" : "").append('\n');
            out.append("    card: ").append(r.cardPresent() ? r.cardType() : "none").append('\n');
            line(out, "ATR", r.atr());
            line(out, "protocol", r.protocol());
            if (r.roundTrip() != null) {
                RoundTrip t = r.roundTrip();
                out.append(String.format("    round trip (%d x SELECT): min %.2f ms, median %.2f ms, max %.2f ms%n",
                        t.commands(), t.minMillis(), t.medianMillis(), t.maxMillis()));
            }
            if (r.extendedLength() != null) {
                ExtendedLengthCheck e = r.extendedLength();
                out.append("    extended length: ").append(e.status()).append(" (").append(e.bytes())
                        .append(" bytes in one READ BINARY; ").append(e.detail()).append(")\n");
            }
            line(out, "problem", r.problem());
        }
        out.append("recent errors: ").append(recentErrors.isEmpty() ? "none" : "").append('\n');
        recentErrors.forEach(e -> out.append("- ").append(e.at()).append(' ').append(e.operation()).append(" \"")
                .append(e.reader()).append("\" ").append(e.outcome()).append('\n'));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null) {
            out.append("    ").append(label).append(": ").append(value).append('\n');
        }
    }
}
