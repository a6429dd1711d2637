package dev.mynumber.verifier;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Certificate revocation lists (失効情報ファイル) configured for revocation checks. Empty means revocation is
 * NOT_CHECKED. Real J-LIS revocation data is available only to verifiers certified by the minister (see
 * docs/verification.md); these are files the operator obtained lawfully, or the simulator's test CRLs.
 */
public final class CrlStore {
    private final Supplier<List<X509CRL>> crls;

    private CrlStore(Supplier<List<X509CRL>> crls) {
        this.crls = crls;
    }

    private CrlStore(List<X509CRL> crls) {
        List<X509CRL> fixed = List.copyOf(crls);
        this.crls = () -> fixed;
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

    /**
     * These CRLs plus those {@code source} gives at each check: for lists that are reissued while the agent
     * runs, such as the simulator's daily CRLs.
     *
     * @param source returns the current lists; called on every revocation check, so it should cache
     */
    public CrlStore with(Supplier<List<X509CRL>> source) {
        return new CrlStore(() -> {
            List<X509CRL> all = new ArrayList<>(crls.get());
            all.addAll(source.get());
            return all;
        });
    }

    List<X509CRL> crls() {
        return crls.get();
    }
}
