package dev.mynumber.sim.persona;

import dev.mynumber.sim.files.LargePhoto;
import dev.mynumber.sim.files.Photo;
import dev.mynumber.sim.pki.CaGeneration;
import dev.mynumber.sim.variant.Variant;
import dev.mynumber.sim.variant.Variants;

/**
 * What the content variants ({@link Variant.Layer#CONTENT}) change in a persona's card files: the sex code,
 * the photo, the CA generation and the key that signs text {@code 0007} {@code DF52}.
 */
final class VariantContents {
    /** The signing certificate's SAN knows 1, 2 and 9 only (spec §5.2): 0 and 3 have no code of their own. */
    private static final String SAN_NOT_APPLICABLE = "9";

    private final Variants variants;

    VariantContents(Variants variants) {
        this.variants = variants;
    }

    /** Returns the sex digit written in text AP {@code DF25} and visual AP {@code DF23}. */
    String cardSex(String personaSex) {
        if (variants.has(Variant.SEX_CODE_0)) {
            return "0";
        }
        if (variants.has(Variant.SEX_CODE_3)) {
            return "3";
        }
        return variants.has(Variant.SEX_CODE_9) ? SAN_NOT_APPLICABLE : personaSex;
    }

    /** Returns the sex digit of the signing certificate's SAN ({@code 9} under every sex-code variant). */
    String certificateSex(String personaSex) {
        return cardSex(personaSex).equals(personaSex) ? personaSex : SAN_NOT_APPLICABLE;
    }

    /** Returns the JPKI CA generation that issues the holder certificates. */
    CaGeneration caGeneration() {
        if (variants.has(Variant.CA_2015)) {
            return CaGeneration.G2015;
        }
        return variants.has(Variant.CA_2023) ? CaGeneration.G2023 : CaGeneration.SIMULATOR;
    }

    /** Returns the face photo (JP2): today's small one or the real card's size. */
    byte[] photo(int seed) {
        return variants.has(Variant.LARGE_PHOTO) ? LargePhoto.jp2(seed) : Photo.jp2(seed);
    }

    /** Tells whether {@code DF52} is signed by the CV issuer key rather than the key certified in {@code 0004}. */
    boolean df52ByIssuer() {
        return variants.has(Variant.DF52_ISSUER);
    }
}
