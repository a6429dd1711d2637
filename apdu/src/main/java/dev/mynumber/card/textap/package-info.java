/** The text AP (券面事項入力補助AP): My Number, the four basic attributes, integrity record, certificate. */
package dev.mynumber.card.textap;
