package dev.mynumber.agent.image;

/**
 * The card-face images of the visual AP (券面事項確認AP), every one as PNG in base64.
 *
 * <p>The photo (顔写真) is stored on the chip as JPEG 2000, which most browsers cannot show; it is transcoded.
 * Personal data: never log it.
 *
 * @param photoPng 顔写真, transcoded from JP2
 * @param photoWidth width of the photo in pixels
 * @param photoHeight height of the photo in pixels
 * @param nameImagePng 氏名 as an image (it may hold characters no character set has)
 * @param addressImagePng 住所 as an image
 * @param securityCodeImagePng the セキュリティコード image
 */
public record CardImagesView(String photoPng, int photoWidth, int photoHeight, String nameImagePng,
        String addressImagePng, String securityCodeImagePng) {
    /** Redacted: the images are personal data. */
    @Override
    public String toString() {
        return "CardImagesView[" + photoWidth + "x" + photoHeight + ", redacted]";
    }
}
