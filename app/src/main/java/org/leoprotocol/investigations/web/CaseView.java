package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * One case for internal affairs: allegations with their findings, the case file, the finding history, and the forms for
 * the next steps, with the last refusal when a step was refused. Texts are in the reader's language; {@code status} is
 * the status constant (OPEN, INVESTIGATING, IN_REVIEW, CLOSED) that the page names in that language.
 */
public record CaseView(String id, String caseNumber, String caseType, String status, String summary, String opened,
		String due, boolean overdue, String investigator, List<AllegationRow> allegations, List<EntryRow> entries,
		List<HistoryRow> history, List<String> investigators, List<String> findings, List<String> entryKinds,
		List<Accused> accused, List<String> personnelActions, boolean mayOrderActions, List<ProposalRow> proposals,
		List<RecusalRow> recusals, List<FlagRow> flagged, List<ReferenceChoice> referenceChoices, String problem,
		String notice) {

	/**
	 * A record the case may refer to, offered in the page's select: {@code value} is "KIND:reference", {@code kind} the
	 * group it is listed under, {@code label} what the reader sees (never a person's identity).
	 */
	public record ReferenceChoice(String value, String kind, String label) {
	}

	/** The choices of one kind, in their order. */
	public List<ReferenceChoice> choicesOf(String kind) {
		return referenceChoices.stream().filter(choice -> choice.kind().equals(kind)).toList();
	}

	/**
	 * A decider recused from the case for a conflict of interest; {@code alternate} is null while none is designated.
	 */
	public record RecusalRow(String username, String role, String reason, String alternate, String at) {
	}

	/** A decision taken before its decider declared a relation that conflicts with it, flagged for review. */
	public record FlagRow(String action, String username, String takenAt, String flaggedAt, String reason) {
	}

	/** An accused officer, for the personnel action and hearing forms. */
	public record Accused(String badgeNumber, String label) {
	}

	/**
	 * A personnel action proposed from the case and, once given, its approval by a second person; it takes effect only
	 * then.
	 */
	public record ProposalRow(String id, String officer, String action, String reason, String proposedBy,
			String proposedAt,
			String approvedBy, String approvedAt) {

		public boolean isPending() {
			return approvedBy == null;
		}
	}

	/** One allegation with its latest recommended and final finding. */
	public record AllegationRow(String id, String officer, String category, String description, String recommended,
			String finalFinding) {
	}

	/** A statement or a reference in the case file. */
	public record EntryRow(String kind, String reference, String link, String person, String content, String recordedBy,
			String at) {
	}

	/** One finding as recorded, in order. */
	public record HistoryRow(String at, String allegation, String stage, String finding, String agencyCode,
			String reason,
			String by) {
	}

	public boolean isInvestigating() {
		return "INVESTIGATING".equals(status);
	}

	public boolean isInReview() {
		return "IN_REVIEW".equals(status);
	}

	public boolean isClosed() {
		return "CLOSED".equals(status);
	}
}
