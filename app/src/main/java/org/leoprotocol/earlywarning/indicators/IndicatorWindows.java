package org.leoprotocol.earlywarning.indicators;

/** The windows that the agency's rule settings give the counts, in months. */
public record IndicatorWindows(int threshold, int peer, int repeated, int protocol) {
}
