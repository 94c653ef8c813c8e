package org.leoprotocol.evidence.web;

/** One export and where it stands. */
public record ExportRow(String id, String code, String recipient, String purpose, String requestedBy,
		String requestedAt, String state, int progress, String sha256, String failure) {

	public boolean ready() {
		return state.equals("READY");
	}

	public boolean running() {
		return state.equals("RUNNING");
	}
}
