package dev.mynumber.agent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The agent's configuration, read from a small JSON file ({@code --config FILE}); every field is optional.
 *
 * <p>See docs/configuration.md. Verification: trust anchors default to the shipped J-LIS roots (plus the
 * simulator's test roots in simulator mode); without CRL files or an OCSP URL revocation is NOT_CHECKED; without
 * issuer key files the AP certificates are "issuer not verified" (the simulator's keys in simulator mode).
 *
 * @param allowedOrigins web origins (e.g. {@code https://kiosk.example.jp}) that may pair and call the API
 * @param tokenFile where the native-client token is written (owner-only permissions)
 * @param busyWaitMillis how long a request waits for a busy reader before BUSY
 * @param operationTimeoutMillis the longest one card operation may take before TIMEOUT
 * @param pollMillis how often readers and cards are polled for hot-plug
 * @param crlUrl a CRL download source (placeholder; not used: configure {@code crlFiles})
 * @param ocspUrl an OCSP responder asked when no current CRL decides (null: none)
 * @param trustAnchorFiles root certificate files (PEM or DER); null: the shipped J-LIS roots
 * @param crlFiles CRL files (PEM or DER) the operator obtained lawfully; null: none
 * @param textApIssuerKeyFile the text AP CV-certificate issuer's RSA public key (PEM or DER SubjectPublicKeyInfo)
 * @param visualApIssuerKeyFile the visual AP CV-certificate issuer's RSA public key
 * @param textApIssuerKeyReference the issuer reference ({@code IIIIIII:NNN}, e.g. {@code 5000033:000}) the text
 *        AP certificates signed by that key name; only a bound key can find a certificate false (null: unbound)
 * @param visualApIssuerKeyReference the same for the visual AP key
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AgentConfig(List<String> allowedOrigins, String tokenFile, Long busyWaitMillis,
        Long operationTimeoutMillis, Long pollMillis, String crlUrl, String ocspUrl, List<String> trustAnchorFiles,
        List<String> crlFiles, String textApIssuerKeyFile, String visualApIssuerKeyFile,
        String textApIssuerKeyReference, String visualApIssuerKeyReference) {

    /** Fills defaults for missing fields. */
    public AgentConfig {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        tokenFile = tokenFile == null ? defaultTokenFile().toString() : tokenFile;
        busyWaitMillis = busyWaitMillis == null ? 2_000L : busyWaitMillis;
        operationTimeoutMillis = operationTimeoutMillis == null ? 30_000L : operationTimeoutMillis;
        pollMillis = pollMillis == null ? 250L : pollMillis;
        trustAnchorFiles = trustAnchorFiles == null ? null : List.copyOf(trustAnchorFiles);
        crlFiles = crlFiles == null ? List.of() : List.copyOf(crlFiles);
    }

    /** The defaults: no allowed origin, token in {@code ~/.mynumber-agent/token}, 2 s busy wait, 30 s timeout. */
    public static AgentConfig defaults() {
        return new AgentConfig(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads a JSON configuration file.
     *
     * @param file the file
     * @return the configuration with defaults filled in
     * @throws IOException if unreadable or malformed (unknown keys are refused, so typos show)
     */
    public static AgentConfig load(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), AgentConfig.class);
    }

    /** A copy with another token file. */
    public AgentConfig withTokenFile(Path file) {
        return new AgentConfig(allowedOrigins, file.toString(), busyWaitMillis, operationTimeoutMillis,
                pollMillis, crlUrl, ocspUrl, trustAnchorFiles, crlFiles, textApIssuerKeyFile, visualApIssuerKeyFile,
                textApIssuerKeyReference, visualApIssuerKeyReference);
    }

    /** A copy with other allowed origins. */
    public AgentConfig withAllowedOrigins(List<String> origins) {
        return new AgentConfig(origins, tokenFile, busyWaitMillis, operationTimeoutMillis, pollMillis,
                crlUrl, ocspUrl, trustAnchorFiles, crlFiles, textApIssuerKeyFile, visualApIssuerKeyFile,
                textApIssuerKeyReference, visualApIssuerKeyReference);
    }

    /** A copy with other busy wait and timeout. */
    public AgentConfig withTimings(long busyWait, long timeout) {
        return new AgentConfig(allowedOrigins, tokenFile, busyWait, timeout, pollMillis, crlUrl, ocspUrl,
                trustAnchorFiles, crlFiles, textApIssuerKeyFile, visualApIssuerKeyFile,
                textApIssuerKeyReference, visualApIssuerKeyReference);
    }

    /** A copy with other CRL files (e.g. the simulator's exported CRLs in tests). */
    public AgentConfig withCrlFiles(List<String> files) {
        return new AgentConfig(allowedOrigins, tokenFile, busyWaitMillis, operationTimeoutMillis, pollMillis,
                crlUrl, ocspUrl, trustAnchorFiles, files, textApIssuerKeyFile, visualApIssuerKeyFile,
                textApIssuerKeyReference, visualApIssuerKeyReference);
    }

    /** The busy wait. */
    public Duration busyWait() {
        return Duration.ofMillis(busyWaitMillis);
    }

    /** The per-operation timeout. */
    public Duration operationTimeout() {
        return Duration.ofMillis(operationTimeoutMillis);
    }

    private static Path defaultTokenFile() {
        return Path.of(System.getProperty("user.home"), ".mynumber-agent", "token");
    }
}
