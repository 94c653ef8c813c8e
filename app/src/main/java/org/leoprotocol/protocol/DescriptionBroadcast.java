package org.leoprotocol.protocol;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A description of the person relayed for broadcast. It can never contain the person's name: an abductor could use
 * a name to lure a child (Code Adam practice, 42 U.S.C. 5792a(b)(2); research rule R3). The check runs whenever a
 * broadcast is made, so no path through Leo can produce one with the name in it.
 */
public record DescriptionBroadcast(UUID id, IncidentId incidentId, Instant issuedAt, String issuedBy, String text) {

	static final int MAX_TEXT = 1000;
	static final int SHORTEST_NAME_PART = 2;

	public DescriptionBroadcast {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A broadcast needs a description");
		}
		text = text.strip();
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("A broadcast may have at most " + MAX_TEXT + " characters");
		}
	}

	/** Makes a broadcast for the person, refusing any text that contains their name or a part of it. */
	static DescriptionBroadcast compose(IncidentId incident, PersonAtRisk person, String text, Instant at, String by) {
		DescriptionBroadcast broadcast = new DescriptionBroadcast(UUID.randomUUID(), incident, at, by, text);
		if (containsName(broadcast.text(), person.name())) {
			throw new IllegalArgumentException("A description broadcast must never contain the person's name; "
					+ "describe age, clothing, shoes and appearance instead");
		}
		return broadcast;
	}

	static boolean containsName(String text, String name) {
		if (name == null) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
				.filter(part -> part.length() >= SHORTEST_NAME_PART)
				.anyMatch(part -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])")
						.matcher(lower).find());
	}

	/** The text Leo proposes from the incident: kind, age, description and place, without the name. */
	static String proposedText(Incident incident) {
		Integer age = incident.person().age();
		return incident.kind().label().toUpperCase(Locale.ROOT) + (age == null ? "" : ", about " + age + " years old")
				+ ", at " + incident.location() + ": " + incident.person().description();
	}
}
