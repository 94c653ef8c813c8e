package org.leoprotocol.personnel;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.LeoCommand;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** {@code ./leo import-roster FILE.csv}: the roster import of the admin page, from the command line. */
@Component
class RosterImportCommand implements LeoCommand {

	private final RosterImport rosterImport;
	private final MessageSource messages;

	RosterImportCommand(RosterImport rosterImport, MessageSource messages) {
		this.rosterImport = rosterImport;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "import-roster";
	}

	@Override
	public String usage() {
		return "import-roster FILE.csv   (header: " + RosterImport.HEADER + ")";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		List<String> files = arguments.stream().filter(argument -> !argument.startsWith("--")).toList();
		if (files.size() != 1) {
			out.println("usage: ./leo " + usage());
			return 2;
		}
		Path file = Path.of(files.get(0));
		if (!Files.isReadable(file)) {
			out.println("Cannot read " + file.toAbsolutePath());
			return 2;
		}
		ImportReport report;
		try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			report = rosterImport.importCsv(csv, Actor.staff("command line"));
		}
		catch (IOException ex) {
			out.println("Cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		report.problems().forEach(line -> out.printf("row %d (badge %s): %s%n", line.row(),
				line.badgeNumber() == null ? "-" : line.badgeNumber(), english(line.message())));
		if (report.fileProblem() != null) {
			out.println(english(report.fileProblem()));
		}
		out.println(report.summary());
		return report.rejected() == 0 && report.fileProblem() == null ? 0 : 1;
	}

	/** The console speaks English, like the rest of the command line. */
	private String english(Sentence problem) {
		return messages.getMessage(problem, Locale.ENGLISH);
	}
}
