package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.leoprotocol.shared.InvalidInput;

import org.springframework.context.MessageSource;

/**
 * What command staff write about an event, as typed. {@link #problems()} names each field that cannot be used, so a
 * form can show the reason next to it and keep the rest.
 */
public record EventDetails(String title, Instant startsAt, String place, String activities, Integer capacity,
		String language) {

	static final Set<String> LANGUAGES = Set.of("en", "es", "en+es");
	static final int MAX_CAPACITY = 10_000;

	/** The stem of the message keys that say what is wrong with a field, completed by the field's name. */
	static final String PROBLEM = "engagement.problem.event.";

	/** Field name to the message key of the reason it is refused; empty when the details can be saved. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(title) || title.strip().length() > 200) {
			problems.put("title", PROBLEM + "title");
		}
		if (startsAt == null) {
			problems.put("startsAt", PROBLEM + "startsAt");
		}
		if (blank(place) || place.strip().length() > 300) {
			problems.put("place", PROBLEM + "place");
		}
		if (blank(activities) || activities.strip().length() > 2000) {
			problems.put("activities", PROBLEM + "activities");
		}
		if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
			problems.put("capacity", PROBLEM + "capacity");
		}
		if (language == null || !LANGUAGES.contains(language)) {
			problems.put("language", PROBLEM + "language");
		}
		return problems;
	}

	/** The problems in the reader's language, each next to its field on the staff form. */
	Map<String, String> problems(MessageSource messages, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		problems().forEach((field, key) -> texts.put(field,
				messages.getMessage(key, new Object[] { String.valueOf(MAX_CAPACITY) }, key, locale)));
		return texts;
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
