package org.leoprotocol.protocol.web;

import java.util.List;

import org.leoprotocol.protocol.web.NewIncidentForm.Choice;

/**
 * One incident's page: the person (name only for readers allowed to see it), priority with reasons, step clocks,
 * escalations, findings, timeline, and the forms the reader may use.
 */
public record IncidentPage(String id, String kind, String status, boolean open, int protocolVersion, String reportedAt,
		String location, String personName, boolean nameWithheld, String age, String description, String condition,
		List<String> riskFactors, String priority, List<String> priorityReasons, String responsibleOfficer,
		List<StepRow> steps, List<EscalationRow> escalations, List<FindingRow> findings, List<TimelineRow> timeline,
		List<BroadcastRow> broadcasts, String pfifPath, String release, List<String> decisions,
		List<String> decisionKinds, boolean mayAct,
		String notice, String problem, Attribution attribution, Closing closing) {

	/**
	 * What the reader may still record after the response: decisions until a supervisor closes the incident (a referral
	 * to child protective services is often decided after the release), and whether the reader may close it now.
	 */
	public record Closing(boolean mayDecide, boolean mayClose) {
	}

	/**
	 * Who did what, as the page offers it: the officers on the incident to choose as performer
	 * ({@code defaultPerformer} is preselected, empty when the reader must choose), the amendments pending and
	 * approved, findings withdrawn, the entries an amendment may correct, and whether the reader may approve
	 * amendments.
	 */
	public record Attribution(List<Choice> performers, String defaultPerformer, List<AmendmentRow> amendments,
			List<FindingRow> withdrawnFindings, List<Choice> amendableEntries, boolean mayApprove) {
	}

	/** An amendment as listed: which entry, from whom to whom, why, and who proposed and approved it. */
	public record AmendmentRow(String id, String entry, String from, String to, String reason, boolean approved,
			String proposed, String approvedBy) {
	}

	/** A step's clock as shown: status, due time, who did it and when, and whether the reader can tick it off here. */
	public record StepRow(String code, String title, String actingRole, String anchor, String due, String status,
			String done, String late, String source, boolean markable) {
	}

	/** An issued broadcast and where to export it as CAP 1.2. */
	public record BroadcastRow(String text, String capPath) {
	}

	/** A raised escalation: the people it reached (with when) and those who acknowledged it. */
	public record EscalationRow(String step, int level, String notified, String dueAt, String raisedAt,
			List<String> reached,
			List<String> acknowledgedBy) {
	}

	public record FindingRow(String kind, String summary, String officer, String recordedAt) {
	}

	/**
	 * One timeline entry; {@code origin} is the message key of where it came from (footage, by hand, dispatch), or
	 * empty.
	 */
	public record TimelineRow(String entry, String occurredAt, String type, String source, String officer,
			String device, String detail,
			String recordedBy, String origin) {
	}
}
