/** The JPKI AP (公的個人認証AP): certificates, PIN counters and signing. */
package dev.mynumber.card.jpki;
