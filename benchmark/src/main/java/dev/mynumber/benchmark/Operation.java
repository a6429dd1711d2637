package dev.mynumber.benchmark;

import dev.mynumber.sim.persona.Personas;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One agent operation as the benchmark sends it: path below {@code /readers/{id}}, body (null = GET), and the
 * HTTP status it must answer. The secrets are the fictional adult persona's (docs/personas.md).
 *
 * @param name stable name for the tables
 * @param path path after the reader
 * @param body JSON body, or null for GET
 * @param expected expected HTTP status
 * @param freshCardFirst whether to insert a fresh card first (wrong PINs must not pile up)
 */
record Operation(String name, String path, String body, int expected, boolean freshCardFirst) {
    private static final String NONCE = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String DATA = Base64.getEncoder()
            .encodeToString("benchmark data".getBytes(StandardCharsets.US_ASCII));

    static final Operation AUTHENTICATE = new Operation("authenticate (token)", "/authenticate",
            "{\"pin\":\"1234\",\"nonce\":\"" + NONCE + "\",\"origin\":\"https://bench.example.jp\"}", 200, false);
    static final Operation CARD_INFO_PIN = new Operation("card-info by PIN", "/card-info", "{\"pin\":\"1234\"}",
            200, false);

    /** Every operation of issue 17's table; 照合番号B built from the persona (birth date, expiry, code). */
    static List<Operation> all(String birthDate, int expiryYear) {
        String codeB = "{\"codeB\":{\"birthDate\":\"" + birthDate + "\",\"expiryYear\":" + expiryYear
                + ",\"securityCode\":\"" + Personas.builtIn("adult").securityCode() + "\"}}";
        return List.of(CARD_INFO_PIN,
                new Operation("card-info by 照合番号B", "/card-info", codeB, 200, false),
                AUTHENTICATE,
                new Operation("sign CMS", "/sign", "{\"password\":\"ABC123\",\"data\":\"" + DATA
                        + "\",\"format\":\"CMS\"}", 200, false),
                new Operation("certificates/sign", "/certificates/sign", "{\"password\":\"ABC123\"}", 200, false),
                new Operation("certificates/auth", "/certificates/auth", null, 200, false),
                new Operation("wrong PIN (authenticate)", "/authenticate", AUTHENTICATE.body.replace("1234", "9999"),
                        422, true),
                new Operation("pin-status", "/pin-status", null, 200, false));
    }
}
