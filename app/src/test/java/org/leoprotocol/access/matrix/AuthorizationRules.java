package org.leoprotocol.access.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule table: one line per endpoint, {@code METHOD /path/{pattern}} followed by the expected answer for each column
 * in the order of the header ({@code ok}, {@code 403}, {@code 401}, {@code login}, or {@code 409} where a conflicted
 * decider is recused). Text after {@code #} explains; it is not read.
 */
final class AuthorizationRules {

	/** Endpoints × callers ({@link Caller}), none of them related to the records asked about. */
	static final String ROLES = "authorization-rules.txt";
	/** Endpoints of records with need to know × the caller's relation to the record ({@link Relation}). */
	static final String RELATIONS = "relation-rules.txt";
	/**
	 * The same endpoints, with early-warning flags, × officers and sergeants who stand to the records differently (the
	 * table's header names them).
	 */
	static final String STAFF_RELATIONS = "staff-relation-rules.txt";

	private AuthorizationRules() {
	}

	static Map<Endpoint, Map<String, Outcome>> load(String resource, List<String> columns) throws IOException {
		Map<Endpoint, Map<String, Outcome>> rules = new TreeMap<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				AuthorizationRules.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String[] words = line.replaceFirst("#.*$", "").strip().split("\\s+", -1);
				if (words.length == 1 && words[0].isEmpty()) {
					continue;
				}
				if (words.length != 2 + columns.size()) {
					throw new IllegalStateException(resource + " line " + number + " has " + words.length
							+ " words, not a method, a path and one answer for each of " + columns + ": " + line);
				}
				Map<String, Outcome> expected = new LinkedHashMap<>();
				for (int column = 0; column < columns.size(); column++) {
					expected.put(columns.get(column), Outcome.of(words[2 + column]));
				}
				if (rules.put(new Endpoint(words[0], words[1]), expected) != null) {
					throw new IllegalStateException(resource + " line " + number + " repeats a rule: " + line);
				}
			}
		}
		return rules;
	}

	/**
	 * Fails naming every served endpoint the table has no line for (a new endpoint needs its rule before it lands) and
	 * every line whose endpoint is no longer served.
	 */
	static void assertCovers(String resource, List<String> columns, Set<Endpoint> served, String endpoints)
			throws IOException {
		Set<Endpoint> ruled = load(resource, columns).keySet();
		Set<Endpoint> withoutRule = new TreeSet<>(served);
		withoutRule.removeAll(ruled);
		Set<Endpoint> withoutEndpoint = new TreeSet<>(ruled);
		withoutEndpoint.removeAll(served);
		assertThat(withoutRule).as("%s without a rule in %s", endpoints, resource).isEmpty();
		assertThat(withoutEndpoint).as("rules in %s for endpoints that no longer exist", resource).isEmpty();
	}

	/**
	 * Asks every endpoint as every caller of the table (column name to user name, null for nobody signed in), read-only
	 * endpoints first, and answers each difference from the table and each server error in a sentence. With
	 * {@code -Dleo.matrix.observed=directory} the answers observed are written there as a table, for review.
	 */
	static List<String> walk(String resource, Map<String, String> callers, Collection<Endpoint> served,
			MatrixRecords records,
			Function<MockHttpServletResponse, Outcome> classify) throws Exception {
		Map<Endpoint, Map<String, Outcome>> expected = load(resource, List.copyOf(callers.keySet()));
		Map<Endpoint, Map<String, Outcome>> observed = new TreeMap<>();
		Map<Endpoint, List<Integer>> statuses = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		List<Endpoint> order = new ArrayList<>(served);
		order.sort((a, b) -> Boolean.compare(a.changesState(), b.changesState()));
		for (Endpoint endpoint : order) {
			Map<String, Outcome> answers = new LinkedHashMap<>();
			for (Map.Entry<String, String> caller : callers.entrySet()) {
				MockHttpServletResponse response = records.ask(endpoint, caller.getValue());
				Outcome outcome = classify.apply(response);
				answers.put(caller.getKey(), outcome);
				statuses.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(response.getStatus());
				Outcome rule = expected.getOrDefault(endpoint, Map.of()).get(caller.getKey());
				if (outcome == Outcome.SERVER_ERROR || (rule != null && rule != outcome)) {
					wrong.add("%s as %s: expected %s, got %s (HTTP %d%s)".formatted(endpoint, caller.getKey(),
							rule == null ? "no rule" : rule.word(), outcome.word(), response.getStatus(),
							response.getErrorMessage() == null ? "" : ", " + response.getErrorMessage()));
				}
			}
			observed.put(endpoint, answers);
		}
		writeObserved(resource, List.copyOf(callers.keySet()), observed, statuses);
		return wrong;
	}

	private static void writeObserved(String resource, List<String> columns,
			Map<Endpoint, Map<String, Outcome>> observed,
			Map<Endpoint, List<Integer>> statuses) throws IOException {
		String directory = System.getProperty("leo.matrix.observed");
		if (directory == null) {
			return;
		}
		List<String> lines = new ArrayList<>();
		lines.add(header(columns));
		observed.forEach((endpoint, answers) -> lines.add(line(endpoint, answers) + "   # " + statuses.get(endpoint)));
		Files.write(Path.of(directory, resource), lines);
	}

	static String header(List<String> columns) {
		StringBuilder header = new StringBuilder(String.format("# %-6s %-66s", "method", "path"));
		columns.forEach(column -> header.append(String.format(" %-12s", column)));
		return header.toString().stripTrailing();
	}

	static String line(Endpoint endpoint, Map<String, Outcome> outcomes) {
		StringBuilder line = new StringBuilder(String.format("  %-6s %-66s", endpoint.method(), endpoint.pattern()));
		outcomes.values().forEach(outcome -> line.append(String.format(" %-12s", outcome.word())));
		return line.toString().stripTrailing();
	}
}
