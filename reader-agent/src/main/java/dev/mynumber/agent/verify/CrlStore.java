package dev.mynumber.agent.verify;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

/**
 * Certificate revocation lists (失効情報ファイル) configured for revocation checks. Empty means revocation is
 * NOT_CHECKED. Real J-LIS revocation data is available only to verifiers certified by the minister (see
 * docs/verification.md); these are files the operator obtained lawfully, or the simulator's test CRLs.
 */
public final class CrlStore {
    private final List<X509CRL> crls;

    private CrlStore(List<X509CRL> crls) {
        this.crls = List.copyOf(crls);
    }

    /** No CRL: every revocation result is NOT_CHECKED. */
    public static CrlStore none() {
        return new CrlStore(List.of());
    }

    /** The given CRLs. */
    public static CrlStore of(X509CRL... crls) {
        return new CrlStore(List.of(crls));
    }

    /** CRLs from PEM or DER files. */
    public static CrlStore load(List<Path> files) throws VerificationConfigException {
        List<X509CRL> out = new ArrayList<>();
        for (Path file : files) {
            out.addAll(CertificateFiles.crls(file));
        }
        return new CrlStore(out);
    }

    List<X509CRL> crls() {
        return crls;
    }
}
