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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/compare}: the counter staff's record against what the card showed, field by field
 * ({@link AttributeComparison}); no card is touched, nothing is kept or logged.
 */
final class CompareHandler {
    /**
     * Compares {@code {card: {...}, record: {...}}}, each with name, address, birthDate, sex (all optional); the
     * card's birthDate is ISO, the record's in any writing {@link HeldDate} reads.
     */
    void compare(Context ctx) {
        try (SecretBody body = SecretBody.parse(ctx.bodyAsBytes())) {
            SecretBody onCard = side(body, "card");
            AttributeRecord card = record(onCard, "card", date(onCard.secret("birthDate"), "card"));
            SecretBody held = side(body, "record");
            char[] typedChars = held.secret("birthDate"); // a secret field: the body wipes it on close
            String typedDate = typedChars == null ? null : new String(typedChars);
            Optional<HeldDate> heldDate = typedDate == null || typedDate.isBlank() ? Optional.empty()
                    : HeldDate.parse(typedDate);
            List<FieldMatch> fields = AttributeComparison.compare(card,
                    record(held, "record", heldDate.map(HeldDate::date).orElse(null)));
            ctx.json(Map.of("fields", fields.stream().map(f -> !f.field().equals("birthDate") ? f
                    : new FieldMatch(f.field(), birthDate(f.result(), typedDate, heldDate))).toList()));
        }
    }

    /**
     * The birth-date result for a held date in any writing: SAME only when written as ISO, EQUIVALENT when the
     * same day is written otherwise (S60.4.12), UNREADABLE when typed but in no accepted writing.
     */
    private static FieldMatch.Result birthDate(FieldMatch.Result result, String typed, Optional<HeldDate> held) {
        if (typed != null && !typed.isBlank() && held.isEmpty()) {
            return FieldMatch.Result.UNREADABLE;
        }
        return result == FieldMatch.Result.SAME && !held.map(HeldDate::iso).orElse(true)
                ? FieldMatch.Result.EQUIVALENT : result;
    }

    private static SecretBody side(SecretBody body, String name) {
        SecretBody side = body.object(name);
        if (side == null) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " (an object) is required");
        }
        return side;
    }

    private static AttributeRecord record(SecretBody side, String name, LocalDate birthDate) {
        return new AttributeRecord(side.text("name"), side.text("address"), birthDate, sex(side.text("sex"), name));
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
