package org.leoprotocol.transparency.web;

/** One bar of a chart and one row of the table behind it: its label, the count as shown, and the value plotted. */
public record Bar(String label, String shown, long plotted) {
}
