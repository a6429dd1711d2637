package dev.mynumber.sim.smartcardio;

import java.util.Set;
import java.util.TreeSet;

/**
 * Reads which transmission protocols an ATR offers (ISO/IEC 7816-3 §8.2: the low nibble of each TDi).
 *
 * <p>Without any TD1 the card offers T=0 only. Used so that {@code connect("T=0")} fails on the My Number
 * card, whose ATR {@code 3B E0 00 FF 81 31 FE 45 14} offers T=1 only [OSC-c], as it would through PC/SC.
 */
final class AtrProtocols {
    private AtrProtocols() {
    }

    /** Returns the offered protocols as "T=0"/"T=1" strings, in order; T=0 for an unreadable ATR. */
    static Set<String> of(byte[] atr) {
        Set<String> protocols = new TreeSet<>();
        int i = 1;
        int y = atr.length > 1 ? (atr[1] & 0xF0) : 0;
        boolean first = true;
        while (i < atr.length) {
            i += Integer.bitCount(y & 0x70); // TA, TB, TC present
            if ((y & 0x80) == 0 || i + 1 >= atr.length) {
                break;
            }
            int td = atr[i + 1] & 0xFF;
            i++;
            int t = td & 0x0F;
            if (t <= 1) {
                protocols.add("T=" + t);
            }
            first = false;
            y = td & 0xF0;
        }
        if (first || protocols.isEmpty()) {
            protocols.add("T=0");
        }
        return protocols;
    }
}
