package org.leoprotocol.earlywarning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.earlywarning.history.ExportFile;
import org.leoprotocol.earlywarning.history.HistoryMapping;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.LeoCommand;
import org.leoprotocol.shared.web.ListedProblems;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code ./leo import --mapping NAME|FILE.properties FILE...}: imports an agency's complaint history from one file or
 * the several files of its export (matched to the mapping's roles by name, or taken in the mapping's order), printing
 * progress every {@value HistoryImport#CHUNK} rows, each rejected row with its reason, the codes the mapping does not
 * name and what the data leaves early warning without, all in English from the message bundles.
 */
@Component
public class HistoryImportCommand implements LeoCommand {

	private final HistoryImport historyImport;
	private final MessageSource messages;

	HistoryImportCommand(HistoryImport historyImport, MessageSource messages) {
		this.historyImport = historyImport;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import --mapping ccrb|leo|ccrb-propublica|cpdp-chicago|MAPPING.properties FILE...   (complaint history for early "
				+ "warning; one file or an export's several, plain or .gz)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		HistoryMapping mapping;
		List<Path> files;
		try {
			CommandOptions options = CommandOptions.parse(arguments, List.of("--mapping"));
			if (options.positional().isEmpty()) {
				throw new IllegalArgumentException("Name the file(s) to import");
			}
			mapping = historyImport.mapping(options.required("--mapping"));
			files = options.positional().stream().map(Path::of).toList();
		}
		catch (InvalidInput refused) {
			refused(refused, out);
			return 2;
		}
		catch (IllegalArgumentException | IOException ex) {
			out.println(ex.getMessage());
			out.println("usage: ./leo " + usage());
			return 2;
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				out.println("Cannot read " + file.toAbsolutePath());
				return 2;
			}
		}
		long started = System.nanoTime();
		HistoryImportReport report = historyImport.importExport(mapping, files.stream().map(ExportFile::of).toList(),
				line -> {
					out.println(english(line));
					out.flush();
				}, problem -> {
				});
		print(report, out);
		out.printf("Took %.1f s%n", (System.nanoTime() - started) / 1e9);
		return report.clean() ? 0 : 1;
	}

	/** A refused mapping in English, with each of its problems on a line of its own. */
	private void refused(InvalidInput refused, PrintWriter out) {
		out.println(messages.getMessage(refused.sentence(), Locale.ENGLISH));
		if (refused instanceof ListedProblems listed && listed.problems().size() > 1) {
			listed.problems().forEach(problem -> out.println("  " + messages.getMessage(problem, Locale.ENGLISH)));
		}
	}

	/** A sentence of the import in English, the language of the command line. */
	private String english(Sentence sentence) {
		return messages.getMessage(sentence, Locale.ENGLISH);
	}

	private void print(HistoryImportReport report, PrintWriter out) {
		report.problems().forEach(problem -> out.printf("row %d: %s%n", problem.row(), english(problem.message())));
		if (report.rejected() > report.problems().size()) {
			out.printf("(%d more rejected rows not listed)%n", report.rejected() - report.problems().size());
		}
		if (!report.unmapped().isEmpty() && report.fileProblem() == null) {
			out.println("Codes not in the mapping, imported as other:");
			report.unmapped().forEach(code -> out.println("  " + code.words()));
		}
		report.warnings().forEach(warning -> out.println("WARNING: " + warning));
	}
}
