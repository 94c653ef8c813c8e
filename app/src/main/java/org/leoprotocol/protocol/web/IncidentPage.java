package org.leoprotocol.protocol.web;

import java.util.List;

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
}
