package dev.mynumber.agent.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one JSON error body: {@code {code, message, triesLeft?, hint?}}.
 *
 * @param code a stable code (an apdu {@code ErrorCode} or an agent {@code AgentCode})
 * @param message a non-personal message for humans
 * @param triesLeft tries left after a wrong PIN, or before a last try ({@code null} otherwise)
 * @param hint what the user can do (e.g. where a blocked PIN is reset), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, Integer triesLeft, String hint) {
    /** An error without tries or hint. */
    public static ApiError of(String code, String message) {
        return new ApiError(code, message, null, null);
    }
}
