package dev.mynumber.agent.image;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.visualap.CardFace;
import java.util.Base64;

/** Builds the {@link CardImagesView} of a card face: photo JP2 to PNG, the other images kept as PNG. */
public final class FaceImages {
    private FaceImages() {
    }

    public static CardImagesView of(CardFace face) throws ApduException {
        Base64.Encoder b64 = Base64.getEncoder();
        PngImage photo = ImageTranscoder.toPng(face.photo(), "face photo");
        return new CardImagesView(b64.encodeToString(photo.png()), photo.width(), photo.height(),
                b64.encodeToString(ImageTranscoder.pngBytes(face.nameImage(), "name image")),
                b64.encodeToString(ImageTranscoder.pngBytes(face.addressImage(), "address image")),
                b64.encodeToString(ImageTranscoder.pngBytes(face.securityCodeImage(), "security-code image")));
    }
}
