package org.leoprotocol.evidence.web;

/** The trace page: what was asked and, once asked, the answer. */
public record TraceView(String code, Result result, String problem) {

	/** Which export a file or code leads to. */
	public record Result(String match, String explanation, String exportCode, String recipient, String purpose,
			String requestedBy, String requestedAt, String evidenceId) {
	}
}
