package dev.mynumber.agent.logging;

import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.ValueMasker;

/**
 * The JSON log format's masking guard: applies {@link MaskingConverter#mask} to every string value written (the
 * message, arguments, stack traces, structured fields), so JSON logs keep the text format's guarantee.
 */
public final class JsonValueMasker implements ValueMasker {
    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (!(value instanceof CharSequence text)) {
            return null;
        }
        String masked = MaskingConverter.mask(text.toString());
        return masked.contentEquals(text) ? null : masked;
    }
}
