package org.leoprotocol.complaints.intake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.leoprotocol.complaints.FormProblem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The problems of a submission in the reader's language, keyed by form field in form order. */
@Component
class ProblemTexts {

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> in(Locale locale, Map<String, FormProblem> problems) {
		Map<String, String> texts = new LinkedHashMap<>();
		problems.forEach((field, problem) -> texts.put(field,
				messages.getMessage(problem.key(), problem.arguments().toArray(), problem.key(), locale)));
		return texts;
	}
}
