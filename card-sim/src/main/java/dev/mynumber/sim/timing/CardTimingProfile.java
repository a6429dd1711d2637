package dev.mynumber.sim.timing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How long a real card and reader take, as a model: a fixed cost per APDU exchange, a cost per byte carried
 * (command and response), and the time the card's RSA-2048 private-key operation takes. See docs/benchmarks.md.
 *
 * <p>The figures are assumptions built from public ranges, not measurements of a My Number card: a contactless
 * round trip of 10-40 ms (issue 17), ISO/IEC 14443 at 106 kbit/s (9 bits a byte with parity: about 85 µs a byte),
 * a contact reader after PPS at about 115 kbit/s (about 87 µs a byte), and an RSA-2048 signature of 50-300 ms on a
 * smart-card coprocessor (public vendor glossaries; contactless slower, as the field limits the chip's power).
 *
 * @param name stable name ({@code contact}, {@code contactless})
 * @param perApdu fixed cost of one command-response exchange
 * @param perByte cost of one byte on the link, either direction
 * @param rsaSign time of one private-key operation (a signature or a liveness challenge)
 */
public record CardTimingProfile(String name, Duration perApdu, Duration perByte, Duration rsaSign) {
    /** A contact reader (ISO/IEC 7816-3 T=1 after PPS): 5 ms an exchange, 87 µs a byte, 120 ms a signature. */
    public static final CardTimingProfile CONTACT = new CardTimingProfile("contact", Duration.ofMillis(5),
            Duration.ofNanos(87_000), Duration.ofMillis(120));
    /** A contactless reader (ISO/IEC 14443-4, 106 kbit/s): 20 ms an exchange, 85 µs a byte, 180 ms a signature. */
    public static final CardTimingProfile CONTACTLESS = new CardTimingProfile("contactless", Duration.ofMillis(20),
            Duration.ofNanos(85_000), Duration.ofMillis(180));

    /** Validates the figures. */
    public CardTimingProfile {
        Objects.requireNonNull(name, "name");
        for (Duration d : new Duration[] {perApdu, perByte, rsaSign}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("timing figures must be zero or positive");
            }
        }
    }

    /**
     * The built-in profile of a name.
     *
     * @param name {@code contact} or {@code contactless}, any case
     * @return the profile
     * @throws IllegalArgumentException naming the accepted values
     */
    public static CardTimingProfile named(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "contact" -> CONTACT;
            case "contactless" -> CONTACTLESS;
            default -> throw new IllegalArgumentException("timing profile must be contact or contactless, got '"
                    + name + "'");
        };
    }

    /**
     * The modelled time of one exchange.
     *
     * @param bytes command plus response length
     * @param privateKeyOperation whether the card ran its private key
     * @return the time in nanoseconds
     */
    public long nanos(int bytes, boolean privateKeyOperation) {
        return perApdu.toNanos() + perByte.toNanos() * bytes + (privateKeyOperation ? rsaSign.toNanos() : 0);
    }
}
