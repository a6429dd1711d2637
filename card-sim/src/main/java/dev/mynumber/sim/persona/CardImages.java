package dev.mynumber.sim.persona;

import dev.mynumber.sim.files.TextImages;

/**
 * Sizes and font sizes of the visual AP's text images (spec §5.4: the security code 24x12 and the My Number
 * 72x12 as surveyed; name and address sizes are the simulator's choice).
 */
final class CardImages {
    private CardImages() {
    }

    static byte[] name(String name) {
        return TextImages.png(name, 480, 40, 28);
    }

    static byte[] address(String address) {
        return TextImages.png(address, 480, 72, 20);
    }

    static byte[] securityCode(String code) {
        return TextImages.png(code, 24, 12, 11);
    }

    static byte[] myNumber(String myNumber) {
        return TextImages.png(myNumber, 72, 12, 10);
    }
}
