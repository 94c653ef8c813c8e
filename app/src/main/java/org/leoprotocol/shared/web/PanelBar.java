package org.leoprotocol.shared.web;

/**
 * One bar of a panel's chart.
 * @param shown the value as the table says it, e.g. "12" or "not recorded"
 */
public record PanelBar(String label, long value, String shown) {

	public static PanelBar of(String label, long value) {
		return new PanelBar(label, value, Long.toString(value));
	}
}
