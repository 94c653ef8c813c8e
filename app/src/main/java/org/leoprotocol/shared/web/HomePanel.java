package org.leoprotocol.shared.web;

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
public record HomePanel(String role, String id, String title, String empty, List<PanelItem> items,
		List<PanelChart> charts,
		Link more,
		Search search) {

	public HomePanel {
		items = List.copyOf(items);
		charts = List.copyOf(charts);
	}

	/** A panel of items with a link to the full list. */
	public static HomePanel of(String role, String id, String title, String empty, List<PanelItem> items, Link more) {
		return new HomePanel(role, id, title, empty, items, List.of(), more, null);
	}

	public HomePanel withSearch(Search offered) {
		return new HomePanel(role, id, title, empty, items, charts, more, offered);
	}

	public HomePanel withCharts(List<PanelChart> shown) {
		return new HomePanel(role, id, title, empty, items, shown, more, search);
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
}
