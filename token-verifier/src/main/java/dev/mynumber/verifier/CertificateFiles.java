package dev.mynumber.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads X.509 certificates and CRLs from PEM or DER files (the JDK factory accepts both). */
final class CertificateFiles {
    private CertificateFiles() {
    }

    static List<X509Certificate> certificates(Path file) throws VerificationConfigException {
        try (InputStream in = Files.newInputStream(file)) {
            return certificates(in, file.toString());
        } catch (IOException e) {
            throw new VerificationConfigException("cannot read certificate file " + file, e);
        }
    }

    static List<X509Certificate> certificates(InputStream in, String name) throws VerificationConfigException {
        try {
            List<X509Certificate> out = new ArrayList<>();
            factory().generateCertificates(in).forEach(c -> out.add((X509Certificate) c));
            if (out.isEmpty()) {
                throw new VerificationConfigException("no certificate in " + name, null);
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new VerificationConfigException("not an X.509 certificate file: " + name, e);
        }
    }

    static List<X509CRL> crls(Path file) throws VerificationConfigException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509CRL> out = new ArrayList<>();
            factory().generateCRLs(in).forEach(c -> out.add((X509CRL) c));
            if (out.isEmpty()) {
                throw new VerificationConfigException("no CRL in " + file, null);
            }
            return out;
        } catch (IOException e) {
            throw new VerificationConfigException("cannot read CRL file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new VerificationConfigException("not an X.509 CRL file: " + file, e);
        }
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }
}
