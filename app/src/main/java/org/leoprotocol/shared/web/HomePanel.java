package org.leoprotocol.shared.web;

import java.time.Instant;
import java.util.List;

/**
 * One panel of a home page: a heading, the items that need the reader now (most urgent first) and, for command, the
 * department's figures as charts. Texts are already in the reader's language; times stay instants so the page shows
 * them in the agency's zone with its label.
 *
 * @param role the role the panel serves ({@code OFFICER}, {@code SUPERVISOR}, ...): the page groups panels by it
 * @param id a DOM id, unique on the page, that tests and links use
 * @param empty what the panel says when nothing needs the reader
 * @param more a link to the full list, or {@code null}
 * @param search a search form the panel offers, or {@code null}
 */
public record HomePanel(String role, String id, String title, String empty, List<Item> items, List<Chart> charts,
		Link more,
		Search search) {

	public HomePanel {
		items = List.copyOf(items);
		charts = List.copyOf(charts);
	}

	/** A panel of items with a link to the full list. */
	public static HomePanel of(String role, String id, String title, String empty, List<Item> items, Link more) {
		return new HomePanel(role, id, title, empty, items, List.of(), more, null);
	}

	public HomePanel withSearch(Search offered) {
		return new HomePanel(role, id, title, empty, items, charts, more, offered);
	}

	public HomePanel withCharts(List<Chart> shown) {
		return new HomePanel(role, id, title, empty, items, shown, more, search);
	}

	/**
	 * One thing that needs the reader.
	 *
	 * @param href where to act on it, or {@code null} for a plain fact (an installation's health)
	 * @param detail a second line: the next step, who, which case
	 * @param due when it falls due, or {@code null}; shown in the agency's zone with its label
	 * @param state {@code late}, {@code due} (running), {@code ok} or {@code null}: also a CSS class, always said in
	 * words too
	 * @param stateText the state in words, e.g. "late by 12 min"
	 */
	public record Item(String text, String href, String detail, Instant due, String state, String stateText) {

		public static Item link(String text, String href, String detail) {
			return new Item(text, href, detail, null, null, null);
		}

		public static Item fact(String text, String detail, String state, String stateText) {
			return new Item(text, null, detail, null, state, stateText);
		}

		public Item due(Instant at, String clockState, String clockText) {
			return new Item(text, href, detail, at, clockState, clockText);
		}
	}

	public record Link(String text, String href) {
	}

	/**
	 * A GET form to another page's search.
	 *
	 * @param fields the query parameters offered, each with its label
	 */
	public record Search(String action, String label, String button, List<Field> fields) {

		public record Field(String name, String label) {
		}
	}

	/**
	 * A bar chart drawn on the server as SVG, with its numbers as a table beside it for readers who do not see it.
	 *
	 * @param labelHeader the table's first column, e.g. "Month"
	 * @param valueHeader the table's second column, e.g. "Minutes"
	 */
	public record Chart(String id, String title, String labelHeader, String valueHeader, List<Bar> bars) {

		public Chart {
			bars = List.copyOf(bars);
		}

		public long max() {
			return bars.stream().mapToLong(Bar::value).max().orElse(0);
		}

		/** The bar's length in the drawing, out of 100. */
		public long width(Bar bar) {
			return max() == 0 ? 0 : Math.round(100.0 * bar.value() / max());
		}
	}

	/**
	 * One bar of a panel's chart.
	 * @param shown the value as the table says it, e.g. "12" or "not recorded"
	 */
	public record Bar(String label, long value, String shown) {

		public static Bar of(String label, long value) {
			return new Bar(label, value, Long.toString(value));
		}
	}
}
