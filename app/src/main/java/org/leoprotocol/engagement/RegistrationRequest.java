package org.leoprotocol.engagement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registration as the public form or API sends it. The submission key is generated with the form, so pressing
 * the button twice registers once.
 */
public record RegistrationRequest(String name, String email, Integer partySize, String submissionKey) {

	static final int MAX_PARTY = 10;

	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			problems.put("name", "Give your name (at most 100 characters)");
		}
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.strip().length() > 254) {
			problems.put("email", "Give an email address such as name@example.org, for the confirmation");
		}
		if (partySize == null || partySize < 1 || partySize > MAX_PARTY) {
			problems.put("partySize", "A registration is for 1 to " + MAX_PARTY + " people");
		}
		if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9_-]{16,64}")) {
			problems.put("submissionKey", "The form expired; please submit it again");
		}
		return problems;
	}
}
