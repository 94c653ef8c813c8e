package org.leoprotocol.engagement.web;

import java.util.Map;

/** What a form was filled in with and, per field, why it was refused; a refused form is shown again as typed. */
public record FormValues(Map<String, String> values, Map<String, String> problems) {

	public static FormValues empty() {
		return new FormValues(Map.of(), Map.of());
	}

	public String value(String field) {
		return values.getOrDefault(field, "");
	}

	public String problem(String field) {
		return problems.get(field);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** The {@code aria-describedby} target of a field's problem, or null when there is none. */
	public String describedBy(String field) {
		return problems.containsKey(field) ? field + "-problem" : null;
	}
}
