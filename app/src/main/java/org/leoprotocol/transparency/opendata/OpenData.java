package org.leoprotocol.transparency.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import org.leoprotocol.transparency.ColumnType;
import org.leoprotocol.transparency.PublicTables;
import org.leoprotocol.transparency.PublicationGate;
import org.leoprotocol.transparency.PublishedTable;

import org.springframework.stereotype.Component;

/**
 * Writes a published table as a CSV file or a JSON document while its rows arrive from the database, so a download
 * never sits whole in memory. Both carry the same cells, which have passed the {@link PublicationGate}.
 */
@Component
public class OpenData {

	private static final JsonFactory JSON = new JsonFactory();

	private final PublicTables tables;

	OpenData(PublicTables tables) {
		this.tables = tables;
	}

	void csv(PublishedTable table, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
		CsvFormat.line(writer, table.columns().stream().map(PublishedTable.Column::name).toList());
		tables.each(table, cells -> CsvFormat.line(writer, cells));
		writer.flush();
	}

	public void json(PublishedTable table, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
			json.writeStartObject();
			json.writeStringProperty("table", table.fileName());
			json.writeStringProperty("lastUpdate", tables.lastUpdate(table).map(Object::toString).orElse(null));
			json.writeName("columns");
			json.writeStartArray();
			table.columns().forEach(column -> json.writeString(column.name()));
			json.writeEndArray();
			json.writeName("rows");
			json.writeStartArray();
			tables.each(table, cells -> row(json, table.columns(), cells));
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private static void row(JsonGenerator json, List<PublishedTable.Column> columns, List<String> cells) {
		json.writeStartObject();
		for (int i = 0; i < columns.size(); i++) {
			json.writeName(columns.get(i).name());
			String cell = cells.get(i);
			if (columns.get(i).type() != ColumnType.OFFICER && columns.get(i).type() != ColumnType.CODE
					&& cell.chars().allMatch(Character::isDigit)) {
				json.writeNumber(Long.parseLong(cell));
			}
			else {
				json.writeString(cell);
			}
		}
		json.writeEndObject();
	}
}
