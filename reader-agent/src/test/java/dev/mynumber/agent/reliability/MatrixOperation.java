package dev.mynumber.agent.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.support.Http;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One agent operation of the fault matrix: how to call it and how to tell a sound success from corrupted
 * data returned as valid (given the answer of the same operation without faults).
 *
 * @param label a short name for the counts
 * @param method GET or POST
 * @param path below {@code /api/v1/readers/{reader}}
 * @param body the JSON body, or null
 */
record MatrixOperation(String label, String method, String path, String body) {
    static final byte[] DATA = "fault matrix".getBytes(StandardCharsets.UTF_8);
    private static final String B64 = Base64.getEncoder().encodeToString(DATA);
    /**
     * Card-information fields covered by the issuer's signatures (text AP digests; visual AP h1..h3 = DF22..DF27):
     * they must equal the faultless answer unless the verdict says otherwise. The expiry (DF29) and the
     * security-code image (DF2A) are outside the visual AP signature (spec §5.4), so no verdict vouches
     * for them and the matrix does not hold one to them (docs/reliability.md).
     */
    private static final List<String> SIGNED_FIELDS = List.of("/name", "/address", "/birthDate", "/sex",
            "/myNumber", "/images/photoPng", "/images/nameImagePng", "/images/addressImagePng");

    /** Every operation of the agent that reaches a card (the adult persona's secrets). */
    static List<MatrixOperation> all() {
        return List.of(
                new MatrixOperation("card-info/pin", "POST", "/card-info", "{\"pin\":\"1234\"}"),
                new MatrixOperation("card-info/codeB", "POST", "/card-info",
                        "{\"codeB\":{\"digits\":\"60041220355678\"}}"),
                new MatrixOperation("certificates/auth", "GET", "/certificates/auth", null),
                new MatrixOperation("certificates/sign", "POST", "/certificates/sign", "{\"password\":\"ABC123\"}"),
                new MatrixOperation("authenticate", "POST", "/authenticate",
                        "{\"pin\":\"1234\",\"challenge\":\"" + B64 + "\"}"),
                new MatrixOperation("sign/RAW", "POST", "/sign",
                        "{\"password\":\"ABC123\",\"data\":\"" + B64 + "\",\"format\":\"RAW\"}"),
                new MatrixOperation("sign/CMS", "POST", "/sign",
                        "{\"password\":\"ABC123\",\"data\":\"" + B64 + "\",\"format\":\"CMS\"}"),
                new MatrixOperation("pin-status", "GET", "/pin-status", null));
    }

    /** Calls the operation on a reader. */
    Http.Reply call(Http http, String reader) {
        String url = "/api/v1/readers/" + reader + path;
        return "GET".equals(method) ? http.get(url) : http.post(url, body);
    }

    /**
     * Whether a 200 answer is sound.
     *
     * @param answer the answer under faults
     * @param clean the answer without faults
     * @return null when sound, else the problem
     */
    String soundness(JsonNode answer, JsonNode clean) {
        switch (label) {
            case "certificates/auth", "certificates/sign":
                return CardAnswers.certificateView(answer, der(clean));
            case "authenticate":
                return CardAnswers.authenticate(answer, DATA, der(clean.path("certificate")));
            case "sign/RAW", "sign/CMS":
                return CardAnswers.sign(answer, DATA);
            case "pin-status":
                return answer.path("pins").equals(clean.path("pins")) ? null : "pin counters differ from the card's";
            default:
                return cardInfo(answer, clean);
        }
    }

    private static String cardInfo(JsonNode answer, JsonNode clean) {
        List<String> altered = SIGNED_FIELDS.stream().filter(f -> !answer.at(f).equals(clean.at(f))).toList();
        String verdict = answer.path("verification").path("verdict").asText();
        return !altered.isEmpty() && "VERIFIED".equals(verdict) ? "altered card data " + altered + " answered VERIFIED"
                : null;
    }

    private static byte[] der(JsonNode view) {
        return Base64.getDecoder().decode(view.path("der").asText());
    }
}
