package org.leoprotocol.complaints;

import java.util.List;

/**
 * What must change in one field of a submission, as a message key and its arguments, so the form and the API can say it
 * in the reader's language ({@code complaints.problem.*} in the message bundles).
 */
public record FormProblem(String key, List<Object> arguments) {

	public FormProblem {
		arguments = List.copyOf(arguments);
	}

	static FormProblem of(String key, Object... arguments) {
		return new FormProblem("complaints.problem." + key, List.of(arguments));
	}
}
