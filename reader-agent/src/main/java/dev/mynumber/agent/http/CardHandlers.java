package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.auth.AuthRequest;
import dev.mynumber.agent.auth.Authenticate;
import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.certificate.ReadAuthCertificate;
import dev.mynumber.agent.certificate.ReadSignCertificate;
import dev.mynumber.agent.operation.Caller;
import dev.mynumber.agent.operation.Operations;
import dev.mynumber.agent.signing.Sign;
import dev.mynumber.agent.signing.SignFormat;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.pin.VerificationCodeB;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The card endpoints under {@code /api/v1/readers/{reader}}: each parses and checks its input before the reader
 * is touched, makes the use case and makes one call into {@link Operations}.
 */
public final class CardHandlers {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final Operations operations;
    private final Clock clock;

    /**
     * Creates the handlers.
     *
     * @param operations runs use cases on readers
     * @param clock the agent's clock, by which 照合番号B dates are judged
     */
    public CardHandlers(Operations operations, Clock clock) {
        this.operations = operations;
        this.clock = clock;
    }

    /** {@code GET .../pin-status}: every counter, no try spent; also pushed as a pin-status event. */
    public void pinStatus(Context ctx) throws ApduException {
        ctx.json(operations.pinStatus(reader(ctx), caller(ctx)));
    }

    /** {@code POST .../card-info}: {@code {pin}} or {@code {codeB}}, plus revealMyNumber and confirmLastTry. */
    public void cardInfo(Context ctx) throws ApduException {
        try (SecretBody body = SecretBody.parse(ctx.bodyAsBytes())
                .allowOnly("pin", "codeB", "revealMyNumber", "confirmLastTry")) {
            boolean reveal = body.flag("revealMyNumber");
            LastTry lastTry = SecretInputs.lastTry(body);
            if (body.has("pin") && body.has("codeB")) {
                throw new AgentException(AgentCode.BAD_REQUEST, "give either pin or codeB, not both");
            }
            if (body.has("pin")) {
                try (Pin4 pin = SecretInputs.pin(body)) {
                    ctx.json(operations.run(reader(ctx), caller(ctx),
                            new ReadCardInfo(CardInfoRequest.withPin(pin, lastTry, reveal))));
                }
                return;
            }
            try (VerificationCodeB code = SecretInputs.codeB(SecretInputs.codeBObject(body), today())) {
                ctx.json(operations.run(reader(ctx), caller(ctx),
                        new ReadCardInfo(CardInfoRequest.withCodeB(code, lastTry))));
            }
        }
    }

    /** {@code GET .../certificates/auth}: the 利用者証明用電子証明書, no PIN. */
    public void authCertificate(Context ctx) throws ApduException {
        ctx.json(operations.run(reader(ctx), caller(ctx), new ReadAuthCertificate()));
    }

    /** {@code POST .../certificates/sign}: the 署名用電子証明書 with {@code {password, confirmLastTry}}. */
    public void signCertificate(Context ctx) throws ApduException {
        try (SecretBody body = SecretBody.parse(ctx.bodyAsBytes()).allowOnly("password", "confirmLastTry");
                SigningPassword password = SecretInputs.password(body)) {
            LastTry lastTry = SecretInputs.lastTry(body);
            ctx.json(operations.run(reader(ctx), caller(ctx), new ReadSignCertificate(password, lastTry)));
        }
    }

    /**
     * {@code POST .../authenticate}: {@code {pin, nonce (base64, >= 32 bytes), origin?, confirmLastTry}} signs for
     * the request's {@code Origin} (or, for a native client sending none, the body's {@code origin}) and returns
     * an origin-bound token; {@code {pin, challenge (base64)}} is the raw-challenge mode of earlier clients.
     */
    public void authenticate(Context ctx) throws ApduException {
        try (SecretBody body = SecretBody.parse(ctx.bodyAsBytes())
                .allowOnly("pin", "nonce", "challenge", "origin", "confirmLastTry");
                Pin4 pin = SecretInputs.pin(body)) {
            LastTry lastTry = SecretInputs.lastTry(body);
            String declaredOrigin = body.text("origin");
            ctx.json(operations.run(reader(ctx), caller(ctx),
                    new Authenticate(authRequest(body, pin, lastTry, ctx.header("Origin"), declaredOrigin))));
        }
    }

    /** The raw-challenge or the nonce request, checked before any card access. */
    private static AuthRequest authRequest(SecretBody body, Pin4 pin, LastTry lastTry, String originHeader,
            String declaredOrigin) throws ApduException {
        if (body.has("nonce")) {
            if (body.has("challenge")) {
                throw new AgentException(AgentCode.BAD_REQUEST, "send either nonce or challenge, not both");
            }
            byte[] nonce = body.base64("nonce");
            return AuthRequest.token(pin, tokenOrigin(originHeader, declaredOrigin), nonce, lastTry);
        }
        byte[] challenge = body.base64("challenge");
        if (challenge == null) {
            throw new AgentException(AgentCode.BAD_REQUEST, "nonce or challenge (base64) is required");
        }
        return AuthRequest.challenge(pin, challenge, lastTry);
    }

    /**
     * The origin a token is bound to: the browser's {@code Origin} header when there is one (a page cannot
     * forge it, so a body field may not contradict it), else the native client's declared {@code origin}.
     */
    static String tokenOrigin(String header, String declared) {
        if (header != null && !header.isBlank() && !"null".equals(header)) {
            if (declared != null && !declared.equals(header)) {
                throw new AgentException(AgentCode.BAD_REQUEST, "origin differs from the request's Origin header");
            }
            return header;
        }
        if (declared == null || declared.isBlank()) {
            throw new AgentException(AgentCode.BAD_REQUEST,
                    "origin is required with a nonce when the request has no Origin header");
        }
        return declared;
    }

    /** {@code POST .../sign}: {@code {password, data | digest (base64), digestAlgorithm, format, confirmLastTry}}. */
    public void sign(Context ctx) throws ApduException {
        try (SecretBody body = SecretBody.parse(ctx.bodyAsBytes())
                .allowOnly("password", "data", "digest", "digestAlgorithm", "format", "confirmLastTry");
                SigningPassword password = SecretInputs.password(body)) {
            LastTry lastTry = SecretInputs.lastTry(body);
            SignRequest request = new SignRequest(body.base64("data"), body.base64("digest"),
                    enumOf(DigestAlgorithm.class, body.text("digestAlgorithm")),
                    enumOf(SignFormat.class, body.text("format")));
            ctx.json(operations.run(reader(ctx), caller(ctx), new Sign(password, request, lastTry)));
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.replace("-", "").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, "unknown value for " + type.getSimpleName());
        }
    }

    /** Today in Japan, by the agent's clock: the card's dates are Japanese dates. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(JAPAN));
    }

    private static Caller caller(Context ctx) {
        return ctx.attribute(Guards.PRINCIPAL);
    }

    private static String reader(Context ctx) {
        return ctx.pathParam("reader");
    }
}
