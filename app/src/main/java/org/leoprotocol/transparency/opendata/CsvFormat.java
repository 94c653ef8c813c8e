package org.leoprotocol.transparency.opendata;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.leoprotocol.shared.SpreadsheetSafe;

/**
 * RFC 4180 CSV lines written by Apache Commons CSV (comma, CRLF, a cell quoted when it holds a comma, quote or line
 * break), each cell made safe for spreadsheets first ({@link SpreadsheetSafe}).
 */
final class CsvFormat {

	private static final CSVFormat RFC_4180 = CSVFormat.RFC4180;

	private CsvFormat() {
	}

	static void line(Writer out, List<String> cells) throws IOException {
		RFC_4180.printRecord(out, cells.stream().map(SpreadsheetSafe::cell).toArray());
	}
}
