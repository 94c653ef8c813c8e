package org.leoprotocol.transparency.web;

import java.util.List;

/**
 * A page of the index of officer pages: the search as asked, the orders offered, the officers found with links to their
 * pages, how many match ({@code total}, or more than that when {@code more}), the addresses of the previous and next
 * pages, and how the policy publishes each field now ({@code policy}).
 */
public record OfficerIndexView(String text, List<Option> orders, List<Entry> officers, long total, boolean more,
		String previous, String next, List<FieldMode> policy) {

	/** An officer page in the index: its address, the officer as shown, what it holds and its last update. */
	public record Entry(String href, String label, String records, String lastUpdate) {
	}

	/** A field of the publication policy and how officers appear in it, in the visitor's language. */
	public record FieldMode(String field, String mode) {
	}
}
