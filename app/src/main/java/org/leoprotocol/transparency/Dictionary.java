package org.leoprotocol.transparency;

import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.AgencyTime;

import org.leoprotocol.transparency.web.TableView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Describes the published tables in the visitor's language: what each holds, its columns and its last update. */
@Component
class Dictionary {

	private final PublicTables tables;
	private final MessageSource messages;
	private final AgencyTime time;

	Dictionary(PublicTables tables, MessageSource messages, AgencyTime time) {
		this.tables = tables;
		this.messages = messages;
		this.time = time;
	}

	TableView describe(PublishedTable table, Locale locale, List<List<String>> rows) {
		return new TableView(table.fileName(), text("transparency.table." + table.fileName(), locale),
				table.columns().stream().map(column -> new TableView.ColumnView(column.name(),
						text("transparency.type." + column.type(), locale),
						text("transparency.column." + column.name(), locale)))
					.toList(),
				tables.lastUpdate(table).map(at -> time.format(at, locale))
					.orElse(text("transparency.data.never", locale)),
				rows, tables.hidden(table));
	}

	List<TableView> all(Locale locale) {
		return java.util.Arrays.stream(PublishedTable.values()).map(table -> describe(table, locale, List.of()))
			.toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
