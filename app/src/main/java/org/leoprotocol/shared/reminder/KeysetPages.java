package org.leoprotocol.shared.reminder;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads rows in pages ordered by their id, each page the rows after the last id of the page before (keyset paging), so
 * a sweep holds one page in memory however many rows match, and a row added or removed meanwhile moves no other row
 * between pages.
 */
public final class KeysetPages {

	/** Rows in a page. */
	public static final int SIZE = 500;

	/** Before every id: the nil UUID, which no row has. */
	public static final UUID FIRST = new UUID(0, 0);

	private KeysetPages() {
	}

	/**
	 * Hands each page to {@code sink} until a page comes back short.
	 * @param page the rows with an id after the given one, in id order, at most the given number
	 * @param id a row's id
	 */
	public static <T> void each(BiFunction<UUID, Integer, List<T>> page, Function<T, UUID> id,
			Consumer<List<T>> sink) {
		UUID after = FIRST;
		List<T> rows;
		do {
			rows = page.apply(after, SIZE);
			if (!rows.isEmpty()) {
				sink.accept(rows);
				after = id.apply(rows.get(rows.size() - 1));
			}
		}
		while (rows.size() == SIZE);
	}
}
