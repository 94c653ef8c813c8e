package org.leoprotocol.protocol.web;

import java.util.List;

/** The protocol page: every published version, and the steps of the one selected, each with its source. */
public record ProtocolPage(List<VersionRow> versions, int selected, String name, String notes, List<StepRow> steps) {

	public static final String PATH = "/staff/protocols";

	public record VersionRow(int version, String name, String publishedAt, String publishedBy, boolean current) {
	}

	/**
	 * One step as staff read it, in codes the page says in the reader's language; title, instruction and source are the
	 * protocol's own words, as its publisher typed them.
	 *
	 * @param actingRole the role who acts, e.g. {@code OFFICER}
	 * @param deadline the time allowed, as a clock reading, e.g. "2:00"
	 * @param anchor the event the deadline counts from, e.g. {@code UNIT_ARRIVED}
	 * @param appliesTo the kinds of incident the step applies to, e.g. {@code FOUND_CHILD}
	 * @param underAge when set, the step applies only to people younger than this
	 * @param completedBy the event that completes the step by itself, or {@code null} when staff record it
	 * @param chain who is notified when the deadline passes, in order
	 */
	public record StepRow(int position, String code, String title, String instruction, String actingRole,
			String deadline, String anchor, List<String> appliesTo, Integer underAge, String completedBy,
			List<Level> chain, String source) {
	}

	/**
	 * One level of a step's escalation chain.
	 *
	 * @param notified the role notified, e.g. {@code SUPERVISOR}
	 * @param after how long after the deadline, as a clock reading, or {@code null} at the deadline itself
	 */
	public record Level(String notified, String after) {
	}
}
