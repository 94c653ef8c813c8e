package org.leoprotocol.complaints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A submission that cannot be accepted as it is; the problems are keyed by form field, in form order. */
public class RejectedSubmission extends IllegalArgumentException {

	private final transient Map<String, String> problems;

	RejectedSubmission(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public Map<String, String> problems() {
		return problems;
	}
}
