package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.card.Sex;
import dev.mynumber.card.verify.AttributeComparison;
import dev.mynumber.card.verify.AttributeRecord;
import dev.mynumber.card.verify.FieldMatch;
import io.javalin.http.Context;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/compare}: the counter staff's record against what the card showed, field by field
 * ({@link AttributeComparison}); no card is touched, nothing is kept or logged.
 */
final class CompareHandler {
    /** Compares {@code {card: {...}, record: {...}}}, each with name, address, birthDate, sex (all optional). */
    void compare(Context ctx) {
        try (SecretBody body = SecretBody.parse(ctx.bodyAsBytes())) {
            List<FieldMatch> fields = AttributeComparison.compare(record(body, "card"), record(body, "record"));
            ctx.json(Map.of("fields", fields));
        }
    }

    private static AttributeRecord record(SecretBody body, String name) {
        SecretBody side = body.object(name);
        if (side == null) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " (an object) is required");
        }
        return new AttributeRecord(side.text("name"), side.text("address"), date(side.secret("birthDate"), name),
                sex(side.text("sex"), name));
    }

    private static LocalDate date(char[] chars, String side) {
        try {
            return chars == null || chars.length == 0 ? null : LocalDate.parse(CharBuffer.wrap(chars));
        } catch (DateTimeParseException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, side + ".birthDate must be YYYY-MM-DD");
        }
    }

    private static Sex sex(String value, String side) {
        try {
            return value == null || value.isEmpty() ? null : Sex.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, side + ".sex must be one of "
                    + Arrays.stream(Sex.values()).map(Sex::name).collect(Collectors.joining(", ")));
        }
    }
}
