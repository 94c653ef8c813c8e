package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/** {@code ./leo trace FILE} or {@code ./leo trace --code=LEO-XXXXXXXXXX}: which export a leaked copy came from. */
@Component
class TraceCommand implements LeoCommand {

	private final EvidenceCommands commands;

	TraceCommand(EvidenceCommands commands) {
		this.commands = commands;
	}

	@Override
	public String name() {
		return "trace";
	}

	@Override
	public String usage() {
		return "trace FILE | --code=LEO-XXXXXXXXXX   say which export a leaked file came from";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		List<String> words = new ArrayList<>(List.of(name()));
		arguments.stream().filter(argument -> !argument.startsWith("--")).forEach(words::add);
		List<String> codes = arguments.stream().filter(argument -> argument.startsWith("--code="))
			.map(argument -> argument.substring("--code=".length())).toList();
		try {
			return commands.run(words, false, codes, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
