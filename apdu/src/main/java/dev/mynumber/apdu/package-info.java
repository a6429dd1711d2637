/**
 * ISO/IEC 7816-4 values and command factories: {@link dev.mynumber.apdu.CommandApdu},
 * {@link dev.mynumber.apdu.ResponseApdu}, {@link dev.mynumber.apdu.StatusWord}, {@link dev.mynumber.apdu.Aid},
 * {@link dev.mynumber.apdu.FileId}, {@link dev.mynumber.apdu.Iso7816}, and the stable
 * {@link dev.mynumber.apdu.ErrorCode}s of every checked {@link dev.mynumber.apdu.ApduException}.
 */
package dev.mynumber.apdu;
