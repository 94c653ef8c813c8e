package org.leoprotocol.access.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule table: one line per endpoint, {@code METHOD /path/{pattern}} followed by the expected answer for each
 * {@link Caller} in the order of the header ({@code ok}, {@code 403}, {@code 401} or {@code login}). Lines starting
 * with {@code #} explain; they are not read.
 */
final class AuthorizationRules {

	static final String RESOURCE = "authorization-rules.txt";

	private final Map<Endpoint, Map<Caller, Outcome>> rules;

	private AuthorizationRules(Map<Endpoint, Map<Caller, Outcome>> rules) {
		this.rules = rules;
	}

	static AuthorizationRules load() throws IOException {
		Map<Endpoint, Map<Caller, Outcome>> rules = new TreeMap<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				AuthorizationRules.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				String[] words = line.replaceFirst("#.*$", "").strip().split("\\s+");
				if (words.length != 2 + Caller.values().length) {
					throw new IllegalStateException(RESOURCE + " line " + number + " has " + words.length
							+ " words, not a method, a path and one answer per caller: " + line);
				}
				Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
				for (Caller caller : Caller.values()) {
					expected.put(caller, Outcome.of(words[2 + caller.ordinal()]));
				}
				if (rules.put(new Endpoint(words[0], words[1]), expected) != null) {
					throw new IllegalStateException(RESOURCE + " line " + number + " repeats a rule: " + line);
				}
			}
		}
		return new AuthorizationRules(rules);
	}

	Map<Endpoint, Map<Caller, Outcome>> all() {
		return rules;
	}

	static String header() {
		StringBuilder header = new StringBuilder(String.format("# %-6s %-66s", "method", "path"));
		for (Caller caller : Caller.values()) {
			header.append(String.format(" %-12s", caller.column()));
		}
		return header.toString().stripTrailing();
	}

	static String line(Endpoint endpoint, Map<Caller, Outcome> outcomes) {
		StringBuilder line = new StringBuilder(String.format("  %-6s %-66s", endpoint.method(), endpoint.pattern()));
		for (Caller caller : Caller.values()) {
			line.append(String.format(" %-12s", outcomes.get(caller).word()));
		}
		return line.toString().stripTrailing();
	}
}
