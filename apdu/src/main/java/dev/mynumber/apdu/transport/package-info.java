/**
 * The one-method byte transport and its decorators: javax.smartcardio, 61xx GET RESPONSE chaining, 6Cxx Le
 * retry, and the masked APDU log.
 */
package dev.mynumber.apdu.transport;
