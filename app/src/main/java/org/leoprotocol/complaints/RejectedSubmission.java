package org.leoprotocol.complaints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A submission that cannot be accepted as it is; the problems are keyed by form field, in form order. */
public class RejectedSubmission extends IllegalArgumentException {

	private final transient Map<String, FormProblem> problems;

	RejectedSubmission(Map<String, FormProblem> problems) {
		super("The submission needs changes in " + String.join(", ", problems.keySet()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public Map<String, FormProblem> problems() {
		return problems;
	}
}
