package org.leoprotocol.engagement;

import java.util.List;

/**
 * The two short surveys. Each asks three questions rated 1 (not at all) to 5 (fully); the questions' texts are in the
 * message bundles under the keys listed here.
 */
public enum SurveyKind {
	/** After an outreach event, for people who registered. */
	EVENT(List.of("survey.event.q1", "survey.event.q2", "survey.event.q3")),
	/** After an incident, by invitation from a supervisor or command. */
	INCIDENT(List.of("survey.incident.q1", "survey.incident.q2", "survey.incident.q3"));

	@SuppressWarnings("ImmutableEnumChecker") // an unmodifiable copy (List.of, Set.of, List.copyOf); the check knows
												// only Guava's immutable types
	private final List<String> questions;

	SurveyKind(List<String> questions) {
		this.questions = questions;
	}

	public List<String> questions() {
		return questions;
	}
}
