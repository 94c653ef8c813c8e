package org.leoprotocol.evidence.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.evidence.EvidenceCommands;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/** {@code ./leo trace FILE} or {@code ./leo trace --code LEO-XXXXXXXXXX}: which export a leaked copy came from. */
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
		return "trace FILE | --code LEO-XXXXXXXXXX   say which export a leaked file came from";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		List<String> words = new ArrayList<>(List.of(name()));
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			if (arguments.get(i).equals("--code") && i + 1 < arguments.size()) {
				codes.add(arguments.get(++i));
			}
			else if (!arguments.get(i).startsWith("--")) {
				words.add(arguments.get(i));
			}
		}
		try {
			return commands.run(words, false, codes, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
