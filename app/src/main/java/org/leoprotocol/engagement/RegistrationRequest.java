package org.leoprotocol.engagement;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * A registration as the public form or API sends it. The submission key is generated with the form, so pressing the
 * button twice registers once.
 */
public record RegistrationRequest(String name, String email, Integer partySize, String submissionKey) {

	static final int MAX_PARTY = 10;

	/** Every problem, keyed by form field, as a message key ({@code engagement.problem.*}); empty when fine. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			problems.put("name", "engagement.problem.name");
		}
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.strip().length() > 254) {
			problems.put("email", "engagement.problem.email");
		}
		if (partySize == null || partySize < 1 || partySize > MAX_PARTY) {
			problems.put("partySize", "engagement.problem.partySize");
		}
		if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9_-]{16,64}")) {
			problems.put("submissionKey", "engagement.problem.submissionKey");
		}
		return problems;
	}

	/** The problems in the visitor's language, each next to its field on the public form. */
	Map<String, String> problems(MessageSource messages, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		problems().forEach(
				(field, key) -> texts.put(field, messages.getMessage(key, new Object[] { MAX_PARTY }, key, locale)));
		return texts;
	}
}
