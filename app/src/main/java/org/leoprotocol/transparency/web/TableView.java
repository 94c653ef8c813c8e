package org.leoprotocol.transparency.web;

import java.util.List;

/** A published table in the data dictionary, or a page of its rows: its name, description, columns and update date. */
public record TableView(String name, String description, List<ColumnView> columns, String lastUpdate,
		List<List<String>> rows,
		boolean hidden) {

	/** A column: its name, type and meaning. */
	public record ColumnView(String name, String type, String meaning) {
	}
}
