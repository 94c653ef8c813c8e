package org.leoprotocol.complaints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.ListedProblems;

/**
 * A submission that cannot be accepted as it is; the problems are keyed by form field, in form order. An API client
 * reads each field's problem in its language under {@code fields} of the problem, and all of them under
 * {@code problems}.
 */
public class RejectedSubmission extends FieldsRefused implements ListedProblems {

	private static final long serialVersionUID = 1L;

	private final transient Map<String, FormProblem> problems;

	RejectedSubmission(Map<String, FormProblem> problems) {
		super(problems.keySet());
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	@Override
	public String titleKey() {
		return "complaints.refused.submission";
	}

	@Override
	public List<Sentence> problems() {
		return List.copyOf(sentences().values());
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("fields", sentences());
	}

	private Map<String, Sentence> sentences() {
		Map<String, Sentence> sentences = new LinkedHashMap<>();
		problems.forEach((field, problem) -> sentences.put(field,
				Sentence.of(problem.key(), problem.arguments().toArray())));
		return sentences;
	}
}
