package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.PinCounterException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: a status and the {@link ApiError} body.
 *
 * <p>Statuses: see docs/api.md. Unknown exceptions become INTERNAL with a fixed message; their details go
 * to the log only (and messages never carry personal data by the project's rules).
 */
public final class ErrorMapper {
    /** Where a blocked PIN is reset; sent as the hint of PIN_BLOCKED. */
    public static final String BLOCKED_HINT = "The PIN is locked. It can be reset only at the municipal office "
            + "(市区町村の窓口) with the card and an identity document.";
    /** What to do about LAST_TRY_NOT_CONFIRMED. */
    public static final String LAST_TRY_HINT = "One try is left; a wrong value blocks the PIN. Repeat the "
            + "request with confirmLastTry: true after the user confirms.";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final Map<ErrorCode, Integer> CARD_STATUS = Map.ofEntries(
            Map.entry(ErrorCode.CARD_REMOVED, 409),
            Map.entry(ErrorCode.TRANSPORT_ERROR, 502),
            Map.entry(ErrorCode.INVALID_PIN_FORMAT, 400),
            Map.entry(ErrorCode.WRONG_PIN, 422),
            Map.entry(ErrorCode.PIN_BLOCKED, 423),
            Map.entry(ErrorCode.LAST_TRY_NOT_CONFIRMED, 428),
            Map.entry(ErrorCode.SECURITY_STATUS_NOT_SATISFIED, 502),
            Map.entry(ErrorCode.CONDITIONS_NOT_SATISFIED, 502),
            Map.entry(ErrorCode.FILE_NOT_FOUND, 502),
            Map.entry(ErrorCode.WRONG_LENGTH, 502),
            Map.entry(ErrorCode.MALFORMED_CARD_DATA, 502),
            Map.entry(ErrorCode.UNSUPPORTED_CARD, 422),
            Map.entry(ErrorCode.UNEXPECTED_STATUS, 502),
            Map.entry(ErrorCode.INVALID_ARGUMENT, 400));

    /** Writes the error for any exception. */
    public void handle(Exception e, Context ctx) {
        write(ctx, status(e), body(e));
    }

    /** Writes an error body with a status. */
    public static void write(Context ctx, int status, ApiError body) {
        ctx.attribute(ErrorMapper.class.getName(), body.code());
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).json(body);
    }

    /** The HTTP status for an exception. */
    public static int status(Exception e) {
        // the agent's and the card's own errors first: a card error may carry an IOException as its cause
        if (e instanceof AgentException agent) {
            return agent.code().status();
        }
        if (e instanceof ApduException apdu) {
            return CARD_STATUS.getOrDefault(apdu.code(), 502);
        }
        if (unreadableRequest(e)) {
            return 400;
        }
        if (e instanceof HttpResponseException http) {
            return http.getStatus();
        }
        return 500;
    }

    /** The body for an exception. */
    public ApiError body(Exception e) {
        if (e instanceof AgentException agent) {
            if (agent.code() == AgentCode.INTERNAL) {
                LOG.warn("internal error", agent.getCause() != null ? agent.getCause() : agent);
            }
            return ApiError.of(agent.code().name(), agent.getMessage());
        }
        if (e instanceof ApduException apdu) {
            return cardError(apdu);
        }
        if (unreadableRequest(e)) {
            // a client that went away or sent less than it announced: its fault, one line, no stack trace
            LOG.info("request body unreadable: {}", e.getClass().getSimpleName());
            return ApiError.of(AgentCode.BAD_REQUEST.name(), "the request body was cut short or unreadable");
        }
        if (e instanceof HttpResponseException http) {
            return switch (http.getStatus()) {
                case 404 -> ApiError.of(AgentCode.NOT_FOUND.name(), "not found");
                case 413 -> ApiError.of(AgentCode.REQUEST_TOO_LARGE.name(), "the request body is too large");
                default -> ApiError.of(AgentCode.BAD_REQUEST.name(), "bad request");
            };
        }
        LOG.warn("unexpected failure", e);
        return ApiError.of(AgentCode.INTERNAL.name(), "internal error; see the agent log");
    }

    /**
     * Whether reading the request failed (body cut short, connection gone, a message Jetty refused): an
     * {@code IOException} or Jetty's {@code HttpException} anywhere in the causes.
     */
    static boolean unreadableRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof org.eclipse.jetty.http.HttpException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private ApiError cardError(ApduException e) {
        // the PIN errors carry their own tries (WRONG_PIN x, LAST_TRY_NOT_CONFIRMED 1, PIN_BLOCKED 0)
        Integer tries = e instanceof PinCounterException pin ? pin.triesLeft() : null;
        String hint = switch (e.code()) {
            case PIN_BLOCKED -> BLOCKED_HINT;
            case LAST_TRY_NOT_CONFIRMED -> LAST_TRY_HINT;
            default -> null;
        };
        return new ApiError(e.code().name(), e.getMessage(), tries, hint);
    }
}
