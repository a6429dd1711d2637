package dev.mynumber.agent.http;

import dev.mynumber.agent.usecase.CardService;
import dev.mynumber.agent.pin.PinStatusReport;
import dev.mynumber.agent.signing.SignFormat;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.pin.VerificationCodeB;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The card endpoints under {@code /api/v1/readers/{reader}}: secrets are parsed and format-checked before
 * the reader is touched; each operation runs through {@link CardOperations}.
 */
public final class CardHandlers {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final CardOperations operations;
    private final CardService service;

    /**
     * Creates the handlers.
     *
     * @param operations runs use cases on readers
     * @param service the use cases
     */
    public CardHandlers(CardOperations operations, CardService service) {
        this.operations = operations;
        this.service = service;
    }

    /** {@code GET .../pin-status}: every counter, no try spent; also pushed as a pin-status event. */
    public void pinStatus(Context ctx) throws ApduException {
        String reader = ctx.pathParam("reader");
        PinStatusReport report = operations.run(reader, caller(ctx), "pin-status", false,
                (card, p) -> service.pinStatus(card));
        operations.publish(operations.readerName(reader), report);
        ctx.json(report);
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
                    ctx.json(operations.run(reader(ctx), caller(ctx), "card-info", true,
                            (card, p) -> service.readWithPin(card, pin, lastTry, reveal, p)));
                }
                return;
            }
            try (VerificationCodeB code = SecretInputs.codeB(SecretInputs.codeBObject(body), today())) {
                ctx.json(operations.run(reader(ctx), caller(ctx), "card-info", true,
                        (card, p) -> service.readWithCodeB(card, code, lastTry, reveal, p)));
            }
        }
    }

    /** {@code GET .../certificates/auth}: the 利用者証明用電子証明書, no PIN. */
    public void authCertificate(Context ctx) throws ApduException {
        ctx.json(operations.run(reader(ctx), caller(ctx), "auth-certificate", false,
                (card, p) -> service.authCertificate(card)));
    }

    /** {@code POST .../certificates/sign}: the 署名用電子証明書 with {@code {password, confirmLastTry}}. */
    public void signCertificate(Context ctx) throws ApduException {
        try (SecretBody body = SecretBody.parse(ctx.bodyAsBytes()).allowOnly("password", "confirmLastTry");
                SigningPassword password = SecretInputs.password(body)) {
            LastTry lastTry = SecretInputs.lastTry(body);
            ctx.json(operations.run(reader(ctx), caller(ctx), "sign-certificate", true,
                    (card, p) -> service.signCertificate(card, password, lastTry)));
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
            if (body.has("nonce")) {
                if (body.has("challenge")) {
                    throw new AgentException(AgentCode.BAD_REQUEST, "send either nonce or challenge, not both");
                }
                byte[] nonce = body.base64("nonce");
                String origin = tokenOrigin(ctx.header("Origin"), declaredOrigin);
                CardService.checkTokenRequest(origin, nonce);
                ctx.json(operations.run(reader(ctx), caller(ctx), "authenticate", true,
                        (card, p) -> service.authenticateForOrigin(card, pin, origin, nonce, lastTry, p)));
                return;
            }
            byte[] challenge = body.base64("challenge");
            if (challenge == null) {
                throw new AgentException(AgentCode.BAD_REQUEST, "nonce or challenge (base64) is required");
            }
            CardService.checkChallenge(challenge);
            ctx.json(operations.run(reader(ctx), caller(ctx), "authenticate", true,
                    (card, p) -> service.authenticate(card, pin, challenge, lastTry, p)));
        }
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
            CardService.checkSignRequest(request);
            ctx.json(operations.run(reader(ctx), caller(ctx), "sign", true,
                    (card, p) -> service.sign(card, password, request, lastTry, p)));
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

    /** Today in Japan, by the service's clock: the card's dates are Japanese dates. */
    private LocalDate today() {
        return LocalDate.now(service.clock().withZone(JAPAN));
    }

    private static Principal caller(Context ctx) {
        return ctx.attribute(Guards.PRINCIPAL);
    }

    private static String reader(Context ctx) {
        return ctx.pathParam("reader");
    }
}
