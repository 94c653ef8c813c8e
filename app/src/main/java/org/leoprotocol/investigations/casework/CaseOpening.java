package org.leoprotocol.investigations.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationOpened;
import org.leoprotocol.investigations.InvestigationStatus;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.investigations.deadline.StatutoryClock;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case, from a complaint or internally, with its allegations and its statutory deadline; a complaint's status
 * page then shows it under investigation. A staff member with a stake in the complaint may not open its case.
 */
@Component
public class CaseOpening {

	private final InvestigationRecords records;
	private final ComplaintIntake complaints;
	private final StatutoryClock statutoryClock;
	private final Conflicts conflicts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseOpening(InvestigationRecords records, ComplaintIntake complaints, StatutoryClock statutoryClock,
			Conflicts conflicts, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.complaints = complaints;
		this.statutoryClock = statutoryClock;
		this.conflicts = conflicts;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a case with its allegations; a complaint's status page then shows it under investigation. */
	@Transactional
	public Investigation open(CaseType type, ComplaintId complaint, String summary, List<NewAllegation> allegations,
			Actor openedBy) {
		if (type == null || summary == null || summary.isBlank() || summary.length() > 2000) {
			throw new InvalidInput("investigations.refused.open.summary");
		}
		if (allegations == null || allegations.isEmpty()) {
			throw new InvalidInput("investigations.refused.open.allegations");
		}
		if (complaint != null) {
			conflicts.requireNoStake(openedBy, RecordRef.of(RecordKind.COMPLAINT, complaint.value()),
					"open a case from this complaint");
			records.findByComplaint(complaint).ifPresent(existing -> {
				throw new WrongState("investigations.refused.open.handled", existing.caseNumber());
			});
		}
		Instant now = clock.instant();
		Investigation investigation = newCase(type, complaint, summary, allegations, openedBy.username(), now);
		records.insert(investigation);
		if (complaint != null) {
			complaints.moveTo(complaint, Stage.UNDER_INVESTIGATION, ComplaintNotes.opened(investigation.caseNumber()),
					investigation.caseNumber());
		}
		events.publishEvent(new InvestigationOpened(investigation.id(), investigation.caseNumber(), type,
				investigation.accused(), now, investigation.dueAt(), complaint));
		return investigation;
	}

	/** A new open case numbered in the year it opens, due when the statute says, not yet stored. */
	Investigation newCase(CaseType type, ComplaintId complaint, String summary, List<NewAllegation> allegations,
			String openedBy, Instant openedAt) {
		return new Investigation(InvestigationId.random(),
				records.nextCaseNumber(openedAt.atOffset(ZoneOffset.UTC).getYear()), type, complaint,
				InvestigationStatus.OPEN, summary.strip(), openedBy, openedAt, statutoryClock.dueAt(type, openedAt),
				null, null,
				allegations.stream()
					.map(a -> new Allegation(AllegationId.random(), a.officerId(), a.category(), a.description(), null,
							null))
					.toList());
	}
}
