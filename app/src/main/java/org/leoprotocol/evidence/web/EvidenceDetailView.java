package org.leoprotocol.evidence.web;

import java.util.List;

/**
 * An item's page: its facts, links, exports and chain of custody, with the forms the signed-in staff member may use.
 * {@code preview} is {@code video}, {@code image} or empty.
 */
public record EvidenceDetailView(String id, String fileName, String kind, String preview, List<Fact> facts,
		List<Link> links, List<ExportRow> exports, boolean exportsRunning, List<CustodyRow> custody, boolean mayExport,
		boolean mayLink, Retention retention, String notice, String problem, Footage footage) {

	/**
	 * Where body-camera footage was placed in time, or why it could not be: a sentence of the message bundles
	 * ({@code key}) with its arguments; null for other kinds of evidence.
	 */
	@SuppressWarnings("ArrayRecordComponent") // message arguments handed to the message source as they are; a page
												// model is never compared
	public record Footage(String key, Object[] arguments) {
	}

	/**
	 * How long the item is kept and what holds it; the forms show for investigators and command. {@code categories} are
	 * the names of the item's categories in the reader's language; {@code retainUntil} is empty when the item is kept
	 * until deleted by hand.
	 */
	public record Retention(List<String> categories, String retainUntil, String legalHold, boolean inCase,
			boolean pending,
			List<Category> allCategories, boolean mayManage, boolean mayCommand) {
	}

	/** A retention category as the form offers it: its code and its name in the reader's language. */
	public record Category(String code, String name) {
	}

	/** A labelled fact about the item, in the reader's language; {@code hash} marks a digest, shown in full. */
	public record Fact(String label, String value, boolean hash) {
	}

	/** A link to a case or incident. */
	public record Link(String kind, String reference, String subject, String linkedAt, String linkedBy) {
	}

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

	/** One entry of the chain of custody. */
	public record CustodyRow(long position, String when, String action, String actor, String detail) {
	}
}
