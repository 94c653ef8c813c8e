package org.leoprotocol.earlywarning.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line arguments of the form {@code --name value}, plus the remaining positional arguments. */
record CommandOptions(Map<String, String> named, List<String> positional) {

	static CommandOptions parse(List<String> arguments, List<String> known) {
		Map<String, String> named = new HashMap<>();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.startsWith("--")) {
				if (!known.contains(argument) || i + 1 == arguments.size()) {
					throw new IllegalArgumentException(
							known.contains(argument) ? argument + " needs a value" : "Unknown option " + argument);
				}
				named.put(argument, arguments.get(++i));
			}
			else {
				positional.add(argument);
			}
		}
		return new CommandOptions(named, positional);
	}

	String required(String name) {
		String value = named.get(name);
		if (value == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return value;
	}

	String value(String name, String otherwise) {
		return named.getOrDefault(name, otherwise);
	}

	/**
	 * The agency named by {@code --agency}, which must be among those whose history Leo holds; without the option, the
	 * one agency Leo holds, or a refusal asking to name it.
	 */
	String agency(List<String> imported) {
		String named = named().get("--agency");
		if (named == null) {
			if (imported.size() != 1) {
				throw new IllegalArgumentException(
						imported.isEmpty() ? "No agency's history is imported yet (./leo import)"
								: "Name the agency with --agency; the history holds " + imported);
			}
			return imported.get(0);
		}
		if (!imported.contains(named)) {
			throw new IllegalArgumentException(
					"--agency '" + named + "' is not among the imported agencies " + imported);
		}
		return named;
	}
}
