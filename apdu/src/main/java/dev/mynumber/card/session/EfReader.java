package dev.mynumber.card.session;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.FileId;
import dev.mynumber.apdu.Iso7816;
import dev.mynumber.apdu.ResponseApdu;
import dev.mynumber.apdu.tlv.BerTlv;
import dev.mynumber.apdu.tlv.MalformedTlvException;
import dev.mynumber.apdu.tlv.TlvHeader;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.StatusWords;
import java.io.ByteArrayOutputStream;

/**
 * Reads a whole transparent EF with the fewest APDUs the reader allows (issue 13 item 4, spec §3.3).
 *
 * <p>Extended length: one {@code 00 B0 8s 00 00 1F FE} (Le 8190, see {@link #EXTENDED_LE}); the card returns
 * what exists with {@code 9000} or {@code 6282} (quirk 2). Short APDUs: {@code 00 B0 8s 00 00} (Le 256), the BER
 * header in those bytes gives the length, then {@code 00 B0 <offset> 00} chunks until the TLV ends: ⌈total/256⌉
 * APDUs in all. If a read returns less than the header says, reading goes on from there. Follow-up chunks use
 * the 15-bit offset form on the current EF, which the short-id read made current (ISO 7816-4 §7.2.2).
 * Whether the reader carries extended length is learned from the answers and kept per reader
 * ({@link ExtendedReads}, {@link dev.mynumber.apdu.transport.ReaderCapabilities}).
 */
public final class EfReader {
    /**
     * Le of extended reads: 8190, so that data and SW fit the 8192-byte receive buffer of the JDK's PC/SC
     * provider, which fails larger answers with SCARD_E_INSUFFICIENT_BUFFER (shared/tooling.md). Files up to
     * 8190 bytes (every certificate, the card face) still take one READ BINARY.
     */
    static final int EXTENDED_LE = 8190;
    /** Largest short Le: {@code 00}. */
    static final int SHORT_LE = 256;
    /** Warning "end of file reached before reading Ne bytes", with data (ISO 7816-4; tolerated per [MC-card]). */
    private static final int END_OF_FILE_WARNING = 0x6282;
    /** "Wrong parameters P1-P2": offset beyond the end of the EF (JICSAP, spec §4.1). */
    private static final int OFFSET_BEYOND_END = 0x6B00;
    /** Largest offset of READ BINARY with P1 b8 = 0 (15 bits). */
    private static final int MAX_OFFSET = 0x7FFF;

    private final ApduSession channel;

    /**
     * Creates a reader over a session.
     *
     * @param channel the session
     */
    public EfReader(ApduSession channel) {
        this.channel = channel;
    }

    /**
     * Reads the BER-TLV an EF holds, from offset 0 to the end of that TLV (or more, if filler came along).
     *
     * @param ef the EF of the current application
     * @param what a non-personal name for errors, e.g. "text AP 0001"
     * @return at least the whole TLV; physical filler after it is kept when the card sent it
     * @throws MalformedCardDataException if the header is bad or the file is shorter than its header says
     */
    public byte[] readTlvFile(FileId ef, String what) throws ApduException {
        boolean extended = channel.extendedLength();
        CommandApdu command = firstRead(ef, extended ? EXTENDED_LE : SHORT_LE);
        byte[] first = data(extended ? ExtendedReads.first(channel, command) : channel.transmit(command));
        int total = header(first, what).totalLength();
        if (extended) {
            ExtendedReads.learn(channel.capabilities(), first.length, total);
        }
        if (total > MAX_OFFSET + EXTENDED_LE) {
            // no READ BINARY reaches past offset 7FFF + Le: a header claiming more is corrupt
            throw new MalformedCardDataException(what + ": TLV header claims " + total + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(total, first.length));
        out.write(first, 0, first.length);
        while (out.size() < total) {
            // the card or reader sent less than asked (a 6282 too, which costs at most one more read): go on
            if (out.size() > MAX_OFFSET) {
                throw new MalformedCardDataException(what + ": file longer than READ BINARY offsets reach");
            }
            int ne = Math.min(channel.extendedLength() ? EXTENDED_LE : SHORT_LE, total - out.size());
            ResponseApdu response = channel.transmit(Iso7816.readBinary(out.size(), ne));
            byte[] chunk = response.sw().value() == OFFSET_BEYOND_END ? new byte[0] : data(response);
            if (chunk.length == 0) {
                throw new MalformedCardDataException(what + ": file shorter than its TLV header says");
            }
            out.write(chunk, 0, chunk.length);
        }
        return out.toByteArray();
    }

    /**
     * Reads a fixed number of bytes from offset 0 (for EFs that hold no TLV, such as the JPKI token info).
     *
     * @param ef the EF of the current application
     * @param length bytes wanted, 1 to 256
     * @param what a non-personal name for errors
     * @return exactly {@code length} bytes
     * @throws MalformedCardDataException if the card returned fewer
     */
    public byte[] readFixed(FileId ef, int length, String what) throws ApduException {
        byte[] data = data(channel.transmit(firstRead(ef, length)));
        if (data.length < length) {
            throw new MalformedCardDataException(what + ": file shorter than " + length + " bytes");
        }
        return data;
    }

    /**
     * The data of a READ BINARY answer; {@code 6282} (end of file before Ne bytes, ISO 7816-4) counts as data,
     * every other status but {@code 9000} throws its mapped error.
     */
    static byte[] data(ResponseApdu response) throws ApduException {
        if (response.sw().value() != END_OF_FILE_WARNING) {
            StatusWords.check(response.sw());
        }
        return response.data();
    }

    /** The first READ BINARY: by short EF id, or SELECT then offset 0 when short ids are off. */
    private CommandApdu firstRead(FileId ef, int ne) throws ApduException {
        if (channel.options().shortFileIds() && ef.hasShortId()) {
            return Iso7816.readBinaryShortId(ef.shortId(), 0, ne);
        }
        channel.selectFile(ef);
        return Iso7816.readBinary(0, ne);
    }

    private static TlvHeader header(byte[] data, String what) throws MalformedCardDataException {
        try {
            return BerTlv.readHeader(data).orElseThrow(
                    () -> new MalformedCardDataException(what + ": file too short for a TLV header"));
        } catch (MalformedTlvException e) {
            throw new MalformedCardDataException(what + ": bad TLV header", e);
        }
    }
}
