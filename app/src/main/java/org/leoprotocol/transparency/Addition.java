package org.leoprotocol.transparency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one event adds to one aggregate table: to its cells (the finest grain, what the downloads publish) and to the
 * totals above them ({@link Rollup}). Cells and totals are kept apart because a published total leaves out the cells
 * that are suppressed beneath it ({@link PublicationGate#withheld(long)}), and in a fixed order, so two events touching
 * the same rows always lock them in the same order and never deadlock.
 *
 * @param suppressedColumn the column that sums the suppressed cells beneath each total; {@code null} for a table whose
 * totals are never published as counts (the histograms behind the medians)
 */
public record Addition(String table, List<String> keyColumns, String measure, String suppressedColumn,
		Map<List<Object>, Long> cells, Map<List<Object>, Long> totals) {

	private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int compared = a.get(i).toString().compareTo(b.get(i).toString());
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(a.size(), b.size());
	};

	/** An addition to a count whose totals are published: they leave out the suppressed cells beneath them. */
	public static Addition counting(String table, String measure, String... keyColumns) {
		return new Addition(table, List.of(keyColumns), measure, measure + "_suppressed", new TreeMap<>(KEY_ORDER),
				new TreeMap<>(KEY_ORDER));
	}

	/** An addition to a histogram or a table without totals. */
	public static Addition plain(String table, String measure, String... keyColumns) {
		return new Addition(table, List.of(keyColumns), measure, null, new TreeMap<>(KEY_ORDER),
				new TreeMap<>(KEY_ORDER));
	}

	public Addition cell(List<Object> key, long amount) {
		cells.merge(key, amount, Long::sum);
		return this;
	}

	public Addition total(List<Object> key, long amount) {
		totals.merge(key, amount, Long::sum);
		return this;
	}

	/** One cell and its totals, as {@link Rollup#of} lists them: the cell first. */
	public Addition rollup(List<List<Object>> keys, long amount) {
		cell(keys.get(0), amount);
		keys.subList(1, keys.size()).forEach(key -> total(key, amount));
		return this;
	}

	/** Adds another event's addition to the same table and measure into this one. */
	public void merge(Addition other) {
		other.cells().forEach((key, amount) -> cell(key, amount));
		other.totals().forEach((key, amount) -> total(key, amount));
	}

	/** Every total above a cell: its key with one or more values replaced by the total markers. */
	public static List<List<Object>> totalsAbove(List<Object> cell) {
		List<List<Object>> totals = new ArrayList<>();
		for (int mask = 1; mask < 1 << cell.size(); mask++) {
			List<Object> total = new ArrayList<>(cell);
			for (int i = 0; i < cell.size(); i++) {
				if ((mask & 1 << i) != 0) {
					total.set(i, i == 0 ? Rollup.ALL_YEARS : Rollup.ALL);
				}
			}
			totals.add(total);
		}
		return totals;
	}
}
