/** BER-TLV as the card stores it: multi-byte tags, 81/82/83 lengths, raw encodings kept for signature checks. */
package dev.mynumber.apdu.tlv;
