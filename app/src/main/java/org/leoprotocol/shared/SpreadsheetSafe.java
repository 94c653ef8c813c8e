package org.leoprotocol.shared;

/**
 * Neutralises text bound for CSV files that people open in spreadsheets: a cell starting with {@code = + - @}, a tab or
 * a carriage return would be run as a formula (OWASP "CSV injection"), so it gets a leading apostrophe.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}
}
