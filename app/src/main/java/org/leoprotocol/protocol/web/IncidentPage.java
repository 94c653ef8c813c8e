package org.leoprotocol.protocol.web;

import java.util.List;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One incident's page: the person (name only for readers allowed to see it; age null when not known), priority with
 * reasons, step clocks, escalations, findings, timeline, the release and decisions, and the forms the reader may use.
 * Kinds, statuses, conditions and other words of Leo's vocabulary are {@link Phrase}s and sentences are
 * {@link Sentence}, so the page says them in the reader's language; {@code priority} is the constant, for the page's
 * style.
 */
public record IncidentPage(String id, Phrase kind, Phrase status, boolean open, int protocolVersion,
		String reportedAt, String location, String personName, boolean nameWithheld, String age, String description,
		Phrase condition, List<Phrase> riskFactors, String priority, Phrase priorityWord,
		List<Sentence> priorityReasons,
		String responsibleOfficer, List<StepRow> steps, List<EscalationRow> escalations, List<FindingRow> findings,
		List<TimelineRow> timeline, List<BroadcastRow> broadcasts, String pfifPath, ReleaseView release,
		List<DecisionRow> decisions,
		List<String> decisionKinds, boolean mayAct,
		String notice, String problem, Attribution attribution, Closing closing) {
}
