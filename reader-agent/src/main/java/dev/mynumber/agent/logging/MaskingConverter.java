package dev.mynumber.agent.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * The log's masking guard: the {@code %maskedMsg} conversion word, which replaces every run of 12 digits (a
 * possible My Number, 個人番号) and every run of 14 digits (a possible 照合番号B) with asterisks.
 *
 * <p>A last line of defence: the code never logs personal data on purpose (docs/security.md).
 */
public final class MaskingConverter extends MessageConverter {
    private static final Pattern NUMBERS = Pattern.compile("(?<![0-9])(?:[0-9]{12}|[0-9]{14})(?![0-9])");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    /** Masks a text. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return NUMBERS.matcher(text).replaceAll(m -> "*".repeat(m.group().length()));
    }
}
