package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo import --mapping ccrb|leo|FILE.properties DATA.csv}: imports an agency's complaint history,
 * printing progress every {@value HistoryImport#CHUNK} rows and each rejected row with its reason.
 */
@Component
class HistoryImportCommand implements LeoCommand {

	private final HistoryImport historyImport;

	HistoryImportCommand(HistoryImport historyImport) {
		this.historyImport = historyImport;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import --mapping ccrb|leo|MAPPING.properties DATA.csv   (complaint history for early warning)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		HistoryMapping mapping;
		Path file;
		try {
			CommandOptions options = CommandOptions.parse(arguments, List.of("--mapping"));
			if (options.positional().size() != 1) {
				throw new IllegalArgumentException("Name one CSV file to import");
			}
			mapping = historyImport.mapping(options.required("--mapping"));
			file = Path.of(options.positional().get(0));
		}
		catch (IllegalArgumentException | IOException ex) {
			out.println(ex.getMessage());
			out.println("usage: ./leo " + usage());
			return 2;
		}
		if (!Files.isReadable(file)) {
			out.println("Cannot read " + file.toAbsolutePath());
			return 2;
		}
		try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			HistoryImportReport report = historyImport.importCsv(mapping, csv, line -> {
				out.println(line);
				out.flush();
			});
			report.problems().forEach(problem -> out.printf("row %d: %s%n", problem.row(), problem.message()));
			if (report.rejected() > report.problems().size()) {
				out.printf("(%d more rejected rows not listed)%n", report.rejected() - report.problems().size());
			}
			return report.clean() ? 0 : 1;
		}
		catch (IOException ex) {
			out.println("Cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
	}
}
