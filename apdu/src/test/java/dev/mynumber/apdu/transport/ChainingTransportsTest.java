package dev.mynumber.apdu.transport;

import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.fixtures.CardScript;
import org.junit.jupiter.api.Test;

/** Transcripts of the 61xx and 6Cxx decorators and of the standard stack. */
class ChainingTransportsTest {
    private static String send(CardTransport transport, String command) throws TransportException {
        return hex(transport.transceive(hex(command)));
    }

    @Test
    void getResponsePassesOrdinaryAnswersThrough() throws TransportException {
        CardScript card = new CardScript().then("00B0860004", "010203049000");
        assertEquals("010203049000", send(new GetResponseTransport(card), "00B0860004"));
        card.assertComplete();
    }

    @Test
    void getResponseChainsUntilTheLastStatus() throws TransportException {
        CardScript card = new CardScript().then("00B08A0000", "01026103").then("00C0000003", "0304056100")
                .then("00C0000000", "069000");
        assertEquals("010203040506" + "9000", send(new GetResponseTransport(card), "00B08A0000"));
        card.assertComplete();
    }

    @Test
    void getResponseKeepsAFinalErrorStatus() throws TransportException {
        CardScript card = new CardScript().then("0084000010", "6110").then("00C0000010", "6A82");
        assertEquals("6A82", send(new GetResponseTransport(card), "0084000010"));
        card.assertComplete();
    }

    @Test
    void getResponseGivesUpOnAnEndlessCard() {
        CardTransport endless = command -> hex("AA6101");
        TransportException e = assertThrows(TransportException.class,
                () -> new GetResponseTransport(endless).transceive(hex("00B0000001")));
        assertEquals(ErrorCode.TRANSPORT_ERROR, e.code());
    }

    @Test
    void answerWithoutStatusWordIsATransportError() {
        TransportException e = assertThrows(TransportException.class,
                () -> new GetResponseTransport(command -> new byte[] {(byte) 0x90}).transceive(hex("00B0000001")));
        assertEquals(ErrorCode.TRANSPORT_ERROR, e.code());
    }

    @Test
    void wrongLeIsResentOnceWithTheCardsLe() throws TransportException {
        CardScript card = new CardScript().then("00B0860020", "6C10").then("00B0860010", hex(new byte[16]) + "9000");
        assertEquals(hex(new byte[16]) + "9000", send(new WrongLeRetryTransport(card), "00B0860020"));
        card.assertComplete();
    }

    @Test
    void wrongLeZeroMeans256AndExtendedBecomesShort() throws TransportException {
        CardScript card = new CardScript().then("00CA7F21000000", "6C00").then("00CA7F2100", "6A88");
        assertEquals("6A88", send(new WrongLeRetryTransport(card), "00CA7F21000000"));
        card.assertComplete();
    }

    @Test
    void wrongLeOnACase4CommandKeepsTheData() throws TransportException {
        CardScript card = new CardScript().then("802A009A0301020300", "6C80").then("802A009A0301020380", "AB9000");
        assertEquals("AB9000", send(new WrongLeRetryTransport(card), "802A009A0301020300"));
        card.assertComplete();
    }

    @Test
    void wrongLeIsNotRetriedTwice() throws TransportException {
        CardScript card = new CardScript().then("0084000010", "6C08").then("0084000008", "6C04");
        assertEquals("6C04", send(new WrongLeRetryTransport(card), "0084000010"));
        card.assertComplete();
    }

    @Test
    void commandsWithoutLeOrWithSecretsAreNeverResent() throws TransportException {
        CardScript card = new CardScript().then("002000980431323334", "6C04").then("00200098", "6C00")
                .then("0020009804313233340A", "6C04");
        WrongLeRetryTransport transport = new WrongLeRetryTransport(card);
        assertEquals("6C04", send(transport, "002000980431323334"));
        assertEquals("6C00", send(transport, "00200098"));
        assertEquals("6C04", send(transport, "0020009804313233340A"));
        card.assertComplete();
    }

    @Test
    void standardStackFixesLeOfAGetResponse() throws TransportException {
        CardScript card = new CardScript().then("00B08A0000", "01026105").then("00C0000005", "6C03")
                .then("00C0000003", "0304059000");
        assertEquals("01020304059000", send(Transports.standard(card), "00B08A0000"));
        card.assertComplete();
    }

    @Test
    void transportErrorsPassThroughBothDecorators() {
        CardScript card = new CardScript().thenFail("00B0000001",
                new CardRemovedException("card removed"));
        TransportException e = assertThrows(TransportException.class,
                () -> send(Transports.standard(card), "00B0000001"));
        assertEquals(ErrorCode.CARD_REMOVED, e.code());
    }
}
