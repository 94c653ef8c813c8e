package org.leoprotocol.investigations.casework;

import java.time.Clock;
import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingNotChosenRefused;
import org.leoprotocol.investigations.FindingRecord;
import org.leoprotocol.investigations.FindingRecorded;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of a case's allegations: the investigator recommends one while investigating, command records the final
 * one in review. Whoever recommended a finding never makes it final (separation of duties), and a member of command
 * with a conflict of interest is recused. The history of findings is append-only.
 */
@Component
public class CaseFindings {

	private final CaseAccess access;
	private final InvestigationRecords records;
	private final Conflicts conflicts;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseFindings(CaseAccess access, InvestigationRecords records, Conflicts conflicts, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.records = records;
		this.conflicts = conflicts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Records a recommended (while investigating) or final (in review) finding for one allegation. */
	@Transactional
	public Investigation recordFinding(InvestigationId id, AllegationId allegationId, FindingStage stage,
			Finding finding, String agencyCode, String reason, Actor actor) {
		String recordedBy = actor.username();
		if (finding == null) {
			throw new FindingNotChosenRefused();
		}
		if (stage == null) {
			throw new InvalidInput("investigations.refused.finding.stage");
		}
		if ((agencyCode != null && agencyCode.length() > 50) || (reason != null && reason.length() > 4000)) {
			throw new InvalidInput("investigations.refused.finding.length");
		}
		Investigation investigation = access.findForUpdate(id);
		if (stage == FindingStage.FINAL && recommendedBy(id, allegationId, recordedBy)) {
			audit.refusal(AuditAction.UPDATE, Investigations.COMPONENT, Investigations.reference(investigation),
					Sentence.ofText("audit.detail.refused.own-recommendation", recordedBy));
			throw SeparationRefused.ownRecommendation(investigation.caseNumber(), recordedBy);
		}
		if (stage == FindingStage.FINAL) {
			conflicts.requireToDecide(actor, Role.COMMAND,
					RecordRef.inCase(RecordKind.FINDING, allegationId.value(), id.value()));
		}
		FindingRecord record = new FindingRecord(allegationId, stage, finding, blankToNull(agencyCode),
				blankToNull(reason), recordedBy, clock.instant());
		Investigation changed = investigation.record(record);
		records.appendFinding(record);
		Allegation allegation = changed.allegation(allegationId);
		events.publishEvent(new FindingRecorded(id, changed.caseNumber(), allegationId, allegation.officerId(),
				allegation.category(), stage, finding, record.recordedAt()));
		return changed;
	}

	/** Every finding recorded in the case, recommended and final, in the order they were recorded. */
	public List<FindingRecord> findingHistory(InvestigationId id) {
		return records.findingHistory(id);
	}

	/** Whether this person recorded a recommended finding of the allegation (separation of duties). */
	private boolean recommendedBy(InvestigationId id, AllegationId allegationId, String username) {
		return records.findingHistory(id).stream().anyMatch(f -> f.allegationId().equals(allegationId)
				&& f.stage() == FindingStage.RECOMMENDED && f.recordedBy().equals(username));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
