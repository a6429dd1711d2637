package dev.mynumber.agent.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one strict JSON reader for request bodies: trailing content, duplicate keys and unknown properties
 * fail. Values are never coerced: {@link SecretBody}'s typed readers refuse a string for a number, an
 * object or array for a string, anything but {@code true}/{@code false} for a flag.
 *
 * <p>Parse errors never carry the body into a message: the source is left out of error locations.
 */
public final class JsonBodies {
    /** The strict mapper. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonBodies() {
    }
}
