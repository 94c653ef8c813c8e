package org.leoprotocol.training;

import java.util.LinkedHashMap;
import java.util.Map;

/** A training module as command staff or administrators write it. */
public record NewTrainingModule(Integer protocolVersion, String title, String summary, String content, String link) {

	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (protocolVersion == null || protocolVersion < 1) {
			problems.put("protocolVersion", "Choose the protocol version the module teaches");
		}
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			problems.put("title", "Give the module a title of at most 200 characters");
		}
		if (summary == null || summary.isBlank() || summary.strip().length() > 2000) {
			problems.put("summary", "Summarise the module in at most 2000 characters");
		}
		if (content != null && content.strip().length() > 20000) {
			problems.put("content", "The content may have at most 20000 characters");
		}
		if (link != null && !link.isBlank() && !link.strip().matches("(https?://|/)[^\\s]{1,500}")) {
			problems.put("link", "A link starts with https://, http:// or / and has no spaces");
		}
		return problems;
	}

	String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
