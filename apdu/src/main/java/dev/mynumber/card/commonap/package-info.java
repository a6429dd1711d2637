/** The 共通カードAP: its PIN and the card-info record. */
package dev.mynumber.card.commonap;
