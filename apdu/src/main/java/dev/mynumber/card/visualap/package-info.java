/** The visual AP (券面事項確認AP): the card face (images, photo, dates) and this AP's certificate. */
package dev.mynumber.card.visualap;
