package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * An internal-affairs case. Its state changes are guarded: findings are recommended while investigating, final findings
 * are recorded in review, and {@link #close} refuses while any allegation lacks a final finding. A refused change
 * throws with the case's current state in the message.
 *
 * @param complaintId the complaint that started the case, or {@code null} for an internal case
 * @param investigator the assigned investigator's user name, or {@code null} while unassigned
 */
public record Investigation(InvestigationId id, String caseNumber, CaseType caseType, ComplaintId complaintId,
		InvestigationStatus status, String summary, String openedBy, Instant openedAt, Instant dueAt, Instant closedAt,
		String investigator, List<Allegation> allegations) {

	public List<OfficerId> accused() {
		return allegations.stream().map(Allegation::officerId).distinct().toList();
	}

	public boolean isOverdue(Instant now) {
		return status != InvestigationStatus.CLOSED && now.isAfter(dueAt);
	}

	public Allegation allegation(AllegationId allegationId) {
		return allegations.stream().filter(a -> a.id().equals(allegationId)).findFirst()
			.orElseThrow(
					() -> new UnknownRecord("investigations.refused.allegation.unknown", caseNumber, allegationId));
	}

	/** Checks that the case may be assigned now, and returns it in the hands of that investigator. */
	public Investigation assign(String username) {
		if (status != InvestigationStatus.OPEN && status != InvestigationStatus.INVESTIGATING) {
			throw refused("investigations.refused.state.assign");
		}
		return with(InvestigationStatus.INVESTIGATING, username, closedAt, allegations);
	}

	/** Checks that a finding of this stage may be recorded now, and returns the case with it. */
	public Investigation record(FindingRecord finding) {
		allegation(finding.allegationId());
		InvestigationStatus needed = finding.stage() == FindingStage.RECOMMENDED ? InvestigationStatus.INVESTIGATING
				: InvestigationStatus.IN_REVIEW;
		if (status != needed) {
			throw new WrongState("investigations.refused.state.finding", caseNumber,
					Phrase.of("word.case.", status), Phrase.of("word.findingStage.", finding.stage()),
					Phrase.of("word.case.", needed));
		}
		if (finding.finding().needsReason() && (finding.reason() == null || finding.reason().isBlank())) {
			throw new InvalidInput("investigations.refused.finding.reason",
					Phrase.of("word.finding.", finding.finding()));
		}
		return with(status, investigator, closedAt, allegations.stream()
			.map(a -> a.id().equals(finding.allegationId()) ? a.with(finding) : a).toList());
	}

	/** Checks that every allegation has a recommended finding, and returns the case in review. */
	public Investigation submitForReview() {
		if (status != InvestigationStatus.INVESTIGATING) {
			throw refused("investigations.refused.state.review");
		}
		List<Sentence> missing = allegations.stream().filter(a -> a.recommended() == null).map(Investigation::name)
			.toList();
		if (!missing.isEmpty()) {
			throw new WrongState("investigations.refused.review.missing", caseNumber, Sentence.listed(missing));
		}
		return with(InvestigationStatus.IN_REVIEW, investigator, closedAt, allegations);
	}

	/** Checks that every allegation has a final finding, and returns the case closed at that instant. */
	public Investigation close(Instant at) {
		if (status != InvestigationStatus.IN_REVIEW) {
			throw refused("investigations.refused.state.close");
		}
		List<Sentence> missing = allegations.stream().filter(a -> a.finalFinding() == null).map(Investigation::name)
			.toList();
		if (!missing.isEmpty()) {
			throw new WrongState("investigations.refused.close.missing", caseNumber, Sentence.listed(missing));
		}
		return with(InvestigationStatus.CLOSED, investigator, at, allegations);
	}

	private WrongState refused(String key) {
		return new WrongState(key, caseNumber, Phrase.of("word.case.", status));
	}

	/** An allegation as a refusal names it: its category in the reader's language and its number. */
	private static Sentence name(Allegation allegation) {
		return Sentence.of("investigations.allegation.named",
				Phrase.of("word.category.", allegation.category()), String.valueOf(allegation.id()));
	}

	private Investigation with(InvestigationStatus newStatus, String newInvestigator, Instant newClosedAt,
			List<Allegation> newAllegations) {
		return new Investigation(id, caseNumber, caseType, complaintId, newStatus, summary, openedBy, openedAt, dueAt,
				newClosedAt, newInvestigator, newAllegations);
	}
}
