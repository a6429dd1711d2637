/** The 住基AP: its PIN. */
package dev.mynumber.card.jukiap;
