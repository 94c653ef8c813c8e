package org.leoprotocol.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells one event adds to: its own (year, unit, category...) and every total obtained by replacing some of those
 * values with the total marker ({@link #ALL}, or year {@link #ALL_YEARS}). Kept at write time, totals make every
 * filtered page an index lookup instead of a sum over the table.
 */
public final class Rollup {

	public static final String ALL = "*";
	public static final int ALL_YEARS = 0;

	private Rollup() {
	}

	/** The year with its total, crossed with each dimension value and its total: 2^(n+1) keys. */
	public static List<List<Object>> of(int year, String... dimensions) {
		List<List<Object>> keys = new ArrayList<>();
		keys.add(new ArrayList<>(List.of(year)));
		keys.add(new ArrayList<>(List.of(ALL_YEARS)));
		for (String value : dimensions) {
			List<List<Object>> crossed = new ArrayList<>();
			for (List<Object> key : keys) {
				crossed.add(with(key, value));
				crossed.add(with(key, ALL));
			}
			keys = crossed;
		}
		return keys;
	}

	/** Each key with one more value that is never totalled, such as the days of a histogram bucket. */
	public static List<List<Object>> appending(List<List<Object>> keys, Object value) {
		return keys.stream().map(key -> with(key, value)).toList();
	}

	private static List<Object> with(List<Object> key, Object value) {
		List<Object> longer = new ArrayList<>(key);
		longer.add(value);
		return longer;
	}
}
