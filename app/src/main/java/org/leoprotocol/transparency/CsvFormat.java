package org.leoprotocol.transparency;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.leoprotocol.shared.SpreadsheetSafe;

/** RFC 4180 CSV lines, each cell made safe for spreadsheets ({@link SpreadsheetSafe}). */
final class CsvFormat {

	private CsvFormat() {
	}

	static void line(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quoted(SpreadsheetSafe.cell(cells.get(i))));
		}
		out.write("\r\n");
	}

	static String quoted(String cell) {
		if (cell == null) {
			return "";
		}
		boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
		return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}
}
