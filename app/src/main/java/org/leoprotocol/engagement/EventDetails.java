package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.leoprotocol.shared.InvalidInput;

/**
 * What command staff write about an event, as typed. {@link #problems()} names each field that cannot be used, so a
 * form can show the reason next to it and keep the rest.
 */
public record EventDetails(String title, Instant startsAt, String place, String activities, Integer capacity,
		String language) {

	static final Set<String> LANGUAGES = Set.of("en", "es", "en+es");
	static final int MAX_CAPACITY = 10_000;

	/** Field name to the reason it is refused; empty when the details can be saved. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(title) || title.strip().length() > 200) {
			problems.put("title", "Give the event a title of at most 200 characters");
		}
		if (startsAt == null) {
			problems.put("startsAt", "Give the date and time the event starts");
		}
		if (blank(place) || place.strip().length() > 300) {
			problems.put("place", "Say where the event takes place (at most 300 characters)");
		}
		if (blank(activities) || activities.strip().length() > 2000) {
			problems.put("activities", "Describe the activities (at most 2000 characters)");
		}
		if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
			problems.put("capacity", "The capacity is a number of people from 1 to " + MAX_CAPACITY);
		}
		if (language == null || !LANGUAGES.contains(language)) {
			problems.put("language", "Choose the language the event is held in");
		}
		return problems;
	}

	EventDetails checked() {
		Map<String, String> problems = problems();
		if (!problems.isEmpty()) {
			throw new InvalidInput("engagement.refused.eventDetails", String.join(", ", problems.keySet()));
		}
		return new EventDetails(title.strip(), startsAt, place.strip(), activities.strip(), capacity, language);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
