package org.leoprotocol.complaints.web;

import java.util.List;

/**
 * The public status page: the lookup form, and, after a successful lookup, the case's stages. The access key is never
 * echoed back into the page. Kinds and stages are codes ({@code COMPLAINT}, {@code UNDER_INVESTIGATION}) and the
 * problem a message key, all named in the visitor's language; the notes are stored as written.
 */
public record StatusView(String trackingCode, String problem, Found found) {

	/** The case found for a code and key. */
	public record Found(String trackingCode, String kind, String stage, String receivedAt, List<Step> steps) {
	}

	/** One stage the case reached, with its time and a note for the person who filed. */
	public record Step(String stage, String at, String note) {
	}
}
