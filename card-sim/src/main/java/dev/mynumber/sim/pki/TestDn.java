package dev.mynumber.sim.pki;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Distinguished names of the test authorities: the real JPKI shape (spec §5.2) plainly marked as test.
 */
final class TestDn {
    /** Organisation of both test CAs; the real CAs say {@code O=JPKI}. */
    static final String ORGANISATION = "JPKI TEST";
    /** Second OU; the real CAs say {@code Japan Agency for Local Authority Information Systems}. */
    static final String AUTHORITY_OU = "Simulator Test Authority (TEST, NOT VALID)";
    /** Organisation in the CA's SAN DirName; the real one is {@code 公的個人認証サービス}. */
    static final String SAN_ORGANISATION = "公的個人認証サービス（テスト用・無効）";

    private TestDn() {
    }

    /** Returns the CA subject/issuer DN for the given purpose OU (user authentication or digital signature). */
    static X500Name ca(String purposeOu) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "JP")
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.OU, purposeOu + " (TEST, NOT VALID)")
                .addRDN(BCStyle.OU, AUTHORITY_OU)
                .build();
    }

    /** Returns the DirName placed in the CA certificates' subject alternative name. */
    static X500Name caAltName() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "JP")
                .addRDN(BCStyle.O, SAN_ORGANISATION)
                .build();
    }

    /** Returns the auth certificate subject {@code C=JP, CN=<opaque id>} (no personal data, spec §5.2). */
    static X500Name authHolder(String opaqueId) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP").addRDN(BCStyle.CN, opaqueId).build();
    }

    /** Returns the signing certificate subject {@code C=JP, L=<prefecture>, L=<municipality>, CN=<id>}. */
    static X500Name signHolder(String prefecture, String municipality, String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "JP")
                .addRDN(BCStyle.L, prefecture)
                .addRDN(BCStyle.L, municipality)
                .addRDN(BCStyle.CN, cn)
                .build();
    }
}
