package org.leoprotocol.earlywarning.indicators;

/** Allegations of one officer by category and finding, counted over 1, 2 and 5 years before the date. */
public record Breakdown(String category, String finding, int lastYear, int lastTwoYears, int lastFiveYears) {
}
