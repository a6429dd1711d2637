package dev.mynumber.agent.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Every card operation of the agent's API, run over HTTP against one reader holding a fresh adult card, each
 * with what a user must get: the same on every plausible card and reader. Used by the variant matrix (in-JVM)
 * and its pcscd subset. Destructive steps (wrong PINs, a blocked PIN) come last.
 */
public final class CardOperationsScript {
    /** The operations, in the order they run. */
    public static final List<String> OPERATIONS = List.of("pin-status", "card-info-pin", "card-info-code-b",
            "certificates-auth", "authenticate", "sign-raw", "sign-cms", "certificates-sign", "lockout-last-try",
            "lockout-blocked");
    private static final byte[] DATA = "hello".getBytes(StandardCharsets.US_ASCII);
    private static final String CHALLENGE = "AAECAwQFBgcICQ==";

    /** The outcome of one operation: passed, or why not. */
    public record Outcome(String operation, boolean passed, String detail) {
    }

    private final Http http;
    private final String base;
    private final List<Outcome> outcomes = new ArrayList<>();

    private CardOperationsScript(Http http, String reader) {
        this.http = http;
        this.base = "/api/v1/readers/" + reader;
    }

    /**
     * Runs every operation once against the adult card in the reader.
     *
     * @param http the client of an agent
     * @param reader the reader id
     * @return one outcome per operation of {@link #OPERATIONS}
     */
    public static List<Outcome> run(Http http, String reader) {
        CardOperationsScript s = new CardOperationsScript(http, reader);
        s.expect("pin-status", s.http.get(s.base + "/pin-status"), r -> tries(r, "AUTH_PIN") == 3);
        s.expect("card-info-pin", s.http.post(s.base + "/card-info", "{\"pin\":\"1234\"}"),
                r -> "VERIFIED".equals(r.json().path("verification").path("verdict").asText()));
        s.expect("card-info-code-b", s.http.post(s.base + "/card-info", "{\"codeB\":{\"digits\":\"60041220355678\"}}"),
                r -> !"REJECTED".equals(r.json().path("verification").path("verdict").asText())
                        && r.json().path("name").asText().contains("試験"));
        s.expect("certificates-auth", s.http.get(s.base + "/certificates/auth"),
                r -> certificate(r.json().path("der").asText()) != null);
        s.expect("authenticate", s.http.post(s.base + "/authenticate", "{\"pin\":\"1234\",\"challenge\":\"" + CHALLENGE
                + "\"}"),
                r -> verifies(r.json().path("certificate").path("der").asText(), r.json().path("signature")
                        .asText(), Base64.getDecoder().decode(CHALLENGE)));
        s.expect("sign-raw", s.http.post(s.base + "/sign", "{\"password\":\"ABC123\",\"data\":\"aGVsbG8=\"}"),
                r -> verifies(pemBody(r), r.json().path("signature").asText(), DATA));
        s.expect("sign-cms", s.http.post(s.base + "/sign",
                "{\"password\":\"ABC123\",\"data\":\"aGVsbG8=\",\"format\":\"CMS\"}"), r -> cmsVerifies(r));
        s.expect("certificates-sign", s.http.post(s.base + "/certificates/sign", "{\"password\":\"ABC123\"}"),
                r -> certificate(r.json().path("der").asText()) != null);
        s.lockoutLastTry();
        s.lockoutBlocked();
        return List.copyOf(s.outcomes);
    }

    /** Two wrong PINs, the last try refused unless confirmed, then the right PIN with the confirmation. */
    private void lockoutLastTry() {
        String op = "lockout-last-try";
        List<String> seen = new ArrayList<>();
        seen.add(code(http.post(base + "/card-info", "{\"pin\":\"9999\"}")));
        seen.add(code(http.post(base + "/card-info", "{\"pin\":\"9999\"}")));
        seen.add(code(http.post(base + "/card-info", "{\"pin\":\"1234\"}")));
        Http.Reply confirmed = http.post(base + "/card-info", "{\"pin\":\"1234\",\"confirmLastTry\":true}");
        seen.add(confirmed.status() == 200 ? "OK" : code(confirmed));
        List<String> want = List.of("WRONG_PIN:2", "WRONG_PIN:1", "LAST_TRY_NOT_CONFIRMED:1", "OK");
        record(op, seen.equals(want), "got " + seen);
    }

    /** The authentication PIN blocked by three wrong PINs: blocked then, and the right PIN stays refused. */
    private void lockoutBlocked() {
        String op = "lockout-blocked";
        String wrong = "{\"pin\":\"9999\",\"challenge\":\"" + CHALLENGE + "\"";
        List<String> seen = new ArrayList<>();
        seen.add(code(http.post(base + "/authenticate", wrong + "}")));
        seen.add(code(http.post(base + "/authenticate", wrong + "}")));
        seen.add(code(http.post(base + "/authenticate", wrong + ",\"confirmLastTry\":true}")));
        seen.add(code(http.post(base + "/authenticate", "{\"pin\":\"1234\",\"challenge\":\"" + CHALLENGE
                + "\",\"confirmLastTry\":true}")));
        Http.Reply status = http.get(base + "/pin-status");
        seen.add(status.status() == 200 ? "tries:" + tries(status, "AUTH_PIN") : code(status));
        List<String> want = List.of("WRONG_PIN:2", "WRONG_PIN:1", "PIN_BLOCKED:0", "PIN_BLOCKED:0", "tries:0");
        record(op, seen.equals(want), "got " + seen);
    }

    private void expect(String op, Http.Reply reply, Predicate<Http.Reply> check) {
        if (reply.status() != 200) {
            record(op, false, "HTTP " + reply.status() + " " + code(reply));
            return;
        }
        boolean ok;
        try {
            ok = check.test(reply);
        } catch (RuntimeException e) {
            ok = false;
        }
        record(op, ok, ok ? "" : "unexpected answer");
    }

    private void record(String op, boolean passed, String detail) {
        outcomes.add(new Outcome(op, passed, passed ? "" : detail));
    }

    private static String code(Http.Reply r) {
        JsonNode tries = r.json().path("triesLeft");
        return r.code() + (tries.isMissingNode() || tries.isNull() ? "" : ":" + tries.asInt());
    }

    private static int tries(Http.Reply r, String kind) {
        for (JsonNode pin : r.json().path("pins")) {
            if (kind.equals(pin.path("kind").asText())) {
                return pin.path("triesLeft").asInt(-1);
            }
        }
        return -1;
    }

    private static String pemBody(Http.Reply r) {
        return r.json().path("certificatePem").asText().replaceAll("-----[A-Z ]+-----|\\s", "");
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean verifies(String certBase64, String signatureBase64, byte[] data) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(certificate(certBase64).getPublicKey());
            s.update(data);
            return s.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean cmsVerifies(Http.Reply r) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(DATA),
                    Base64.getDecoder().decode(r.json().path("cms").asText()));
            X509Certificate signer = certificate(pemBody(r));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            // by the key, not the certificate: its validity is the certificate verdict's business, not the card's
            return info.getSID().match(new JcaX509CertificateHolder(signer))
                    && info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.getPublicKey()));
        } catch (Exception e) {
            return false;
        }
    }
}
