package org.leoprotocol.protocol.web;

import java.util.List;

/** The protocol page: every published version, and the steps of the one selected, each with its source. */
public record ProtocolPage(List<VersionRow> versions, int selected, String name, String notes, List<StepRow> steps) {

	public static final String PATH = "/staff/protocols";

	public record VersionRow(int version, String name, String publishedAt, String publishedBy, boolean current) {
	}

	/**
	 * One step as staff read it.
	 *
	 * @param deadline e.g. "2:00 after unit arrived"
	 * @param chain e.g. "officer at the deadline → supervisor +3:00 → command +8:00"
	 */
	public record StepRow(int position, String code, String title, String instruction, String actingRole,
			String deadline,
			String appliesTo, String completedBy, String chain, String source) {
	}
}
