package org.leoprotocol.training;

import java.util.LinkedHashMap;
import java.util.Map;

/** A training module as command staff or administrators write it. */
public record NewTrainingModule(Integer protocolVersion, String title, String summary, String content, String link) {

	/** The stem of the message keys that say what is wrong with a field, completed by the field's name. */
	static final String PROBLEM = "training.problem.";

	/** What must change, by field in form order, as message keys ({@code training.problem.*}). */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (protocolVersion == null || protocolVersion < 1) {
			problems.put("protocolVersion", PROBLEM + "protocolVersion");
		}
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			problems.put("title", PROBLEM + "title");
		}
		if (summary == null || summary.isBlank() || summary.strip().length() > 2000) {
			problems.put("summary", PROBLEM + "summary");
		}
		if (content != null && content.strip().length() > 20000) {
			problems.put("content", PROBLEM + "content");
		}
		if (link != null && !link.isBlank() && !link.strip().matches("(https?://|/)[^\\s]{1,500}")) {
			problems.put("link", PROBLEM + "link");
		}
		return problems;
	}

	String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
