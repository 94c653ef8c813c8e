package org.leoprotocol.personnel.duty;

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

import org.springframework.context.MessageSource;

import org.springframework.stereotype.Component;

/** {@code ./leo import-shifts FILE.csv}: the shift import of the duty page, from the command line. */
@Component
class ShiftImportCommand implements LeoCommand {

	private final ShiftImport shiftImport;
	private final MessageSource messages;

	ShiftImportCommand(ShiftImport shiftImport, MessageSource messages) {
		this.shiftImport = shiftImport;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "import-shifts";
	}

	@Override
	public String usage() {
		return "import-shifts FILE.csv   (header: " + ShiftImport.HEADER + ", agency-local times)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		List<String> files = arguments.stream().filter(argument -> !argument.startsWith("--")).toList();
		if (files.size() != 1 || !Files.isReadable(Path.of(files.get(0)))) {
			out.println("usage: ./leo " + usage());
			return 2;
		}
		try (Reader csv = Files.newBufferedReader(Path.of(files.get(0)), StandardCharsets.UTF_8)) {
			ShiftImportReport report = shiftImport.importCsv(csv, Actor.staff("command line"));
			out.println(report.added() + " shift(s) added, " + report.unchanged() + " already on the roster");
			return 0;
		}
		catch (ShiftImportRefused refused) {
			refused.rows().forEach(row -> out.printf("row %d: %s%n", row.row(),
					messages.getMessage(row.problem(), Locale.ENGLISH)));
			out.println(messages.getMessage(refused.messageKey(), refused.messageArguments(), Locale.ENGLISH));
			return 1;
		}
		catch (IOException unreadable) {
			out.println("Cannot read " + files.get(0) + ": " + unreadable.getMessage());
			return 2;
		}
	}
}
