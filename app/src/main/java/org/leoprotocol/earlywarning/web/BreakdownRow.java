package org.leoprotocol.earlywarning.web;

/** Allegations of one category and finding, counted over the last 1, 2 and 5 years. */
public record BreakdownRow(String category, String finding, int lastYear, int lastTwoYears, int lastFiveYears) {
}
