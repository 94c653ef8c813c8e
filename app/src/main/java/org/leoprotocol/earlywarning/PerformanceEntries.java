package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.earlywarning.history.HistoryRow;
import org.leoprotocol.earlywarning.history.HistoryStore;
import org.leoprotocol.earlywarning.history.ImportedComplaint;
import org.leoprotocol.earlywarning.history.ImportedOfficer;
import org.leoprotocol.earlywarning.history.NumberedAllegation;
import org.leoprotocol.earlywarning.indicators.PerformanceRecords;
import org.leoprotocol.earlywarning.reason.FlagOutcome;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What early warning counts, entered as it happens: allegations with their findings, Leo's Protocol findings (and their
 * withdrawal when an incident's record is amended) and commendations. Each entry re-evaluates the officer at once
 * through {@link EarlyWarning}, so a flag follows the record within the same request; an entry delivered again after a
 * crash changes nothing.
 */
@Service
public class PerformanceEntries {

	private final EarlyWarning earlyWarning;
	private final PerformanceRecords records;
	private final HistoryStore history;
	private final Roster roster;
	private final AuditTrail audit;
	private final Clock clock;

	PerformanceEntries(EarlyWarning earlyWarning, PerformanceRecords records, HistoryStore history, Roster roster,
			AuditTrail audit, Clock clock) {
		this.earlyWarning = earlyWarning;
		this.records = records;
		this.history = history;
		this.roster = roster;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a finding of Leo's Protocol against a roster officer (a missed or late child-safety step) and
	 * re-evaluates the officer. Gap analysis's own findings arrive through {@link ProtocolFindingListener}.
	 */
	@Transactional
	public Optional<Flag> recordProtocolFinding(OfficerId officer, LocalDate occurredOn, String kind,
			String description,
			String reference, Actor actor) {
		UUID tracked = earlyWarning.trackedOfficer(officer);
		addProtocolFinding(UUID.randomUUID(), tracked, officer, occurredOn, kind, description, reference, actor);
		return earlyWarning.recompute(tracked);
	}

	/**
	 * Records a protocol finding under the id the protocol module gave it, once: the same finding delivered again after
	 * a crash changes nothing.
	 */
	@Transactional
	void recordProtocolFindingOnce(UUID findingId, OfficerId officer, LocalDate occurredOn, String kind,
			String description,
			String reference) {
		UUID tracked = earlyWarning.trackedOfficer(officer);
		if (addProtocolFinding(findingId, tracked, officer, occurredOn, kind, description, reference,
				EarlyWarning.ITSELF)) {
			earlyWarning.recompute(tracked);
		}
	}

	/**
	 * Withdraws a protocol finding that an amendment of the incident's record no longer supports, and re-evaluates the
	 * officer from the amended record: a flag the record no longer justifies closes, its reasons and review kept as
	 * they were; one still justified by other findings keeps going with the reasons that remain. Delivered again, it
	 * changes nothing.
	 */
	@Transactional
	void withdrawProtocolFinding(UUID findingId, String reason, String reference) {
		records.withdrawProtocolFinding(findingId, text(reason, "reason"), reference, clock.instant())
			.ifPresent(officer -> {
				audit.access(AuditAction.UPDATE, EarlyWarning.COMPONENT,
						RecordReference.of("ProtocolFinding", findingId),
						Sentence.of("audit.detail.finding.withdrawn", reference));
				earlyWarning.reconsider(officer,
						FlagOutcome.byLeo(FlagOutcome.WITHDRAWN, reference, reason.strip()));
			});
	}

	private boolean addProtocolFinding(UUID id, UUID tracked, OfficerId officer, LocalDate occurredOn, String kind,
			String description, String reference, Actor actor) {
		boolean added = records.addProtocolFinding(id, tracked, date(occurredOn, "occurredOn"), text(kind, "kind"),
				text(description, "description"), reference, actor, clock.instant());
		if (added) {
			audit.access(AuditAction.CREATE, EarlyWarning.COMPONENT, RecordReference.of("ProtocolFinding", officer),
					Sentence.of("audit.detail.finding.added", kind));
		}
		return added;
	}

	/**
	 * Records a new allegation or a changed finding against a roster officer and re-evaluates the officer at once, so
	 * the flag follows the record within the same request. Recording the same allegation again changes nothing. Final
	 * findings of Leo's own investigations arrive through {@link InvestigationFindingListener}.
	 */
	@Transactional
	public Optional<Flag> recordAllegation(NewAllegation allegation, Actor actor) {
		HistoryRow row = row(allegation);
		Officer officer = roster.get(allegation.officer());
		UUID tracked = history.ensureRosterOfficer(officer.agencyCode(), officer.badgeNumber(), officer.firstName(),
				officer.lastName(), officer.rank(), officer.hireDate(), officer.id().value());
		history.upsertComplaints(List.of(row.complaint()));
		history.upsertAllegations(List.of(new NumberedAllegation(row.allegationId(1), row)));
		history.refreshFirstComplaint(List.of(tracked));
		audit.access(AuditAction.UPDATE, EarlyWarning.COMPONENT,
				RecordReference.of("Allegation", allegation.complaintReference()),
				Sentence.of("audit.detail.allegation.finding", row.finding(), actor.username()));
		return earlyWarning.recompute(tracked);
	}

	private HistoryRow row(NewAllegation allegation) {
		if (allegation == null || allegation.category() == null || allegation.finding() == null) {
			throw new InvalidInput("earlywarning.allegation.incomplete");
		}
		Officer officer = roster.get(allegation.officer());
		LocalDate received = date(allegation.receivedOn(), "receivedOn");
		if (allegation.closedOn() != null && allegation.closedOn().isBefore(received)) {
			throw new InvalidInput("earlywarning.allegation.closed-before", allegation.closedOn().toString(),
					received.toString());
		}
		if (allegation.finding() != Finding.PENDING && allegation.closedOn() == null) {
			throw new InvalidInput("earlywarning.allegation.closed-on", allegation.finding().name());
		}
		return new HistoryRow(
				new ImportedOfficer(officer.agencyCode(), officer.badgeNumber(), officer.badgeNumber(),
						officer.firstName(),
						officer.lastName(), officer.rank(), null, officer.hireDate(), null, null, null),
				new ImportedComplaint(officer.agencyCode(), text(allegation.complaintReference(), "complaintReference"),
						received,
						allegation.closedOn()),
				allegation.category(), allegation.category().name(), allegation.description(), allegation.finding(),
				allegation.finding().name());
	}

	/** Records a commendation: shown on the officer's record as a positive indicator; it moves nobody's ranking. */
	@Transactional
	public void recordCommendation(OfficerId officer, LocalDate receivedOn, String description, String source,
			Actor actor) {
		recordCommendation(UUID.randomUUID(), officer, receivedOn, description, source, actor);
	}

	/**
	 * Records a commendation under an id derived from where it came from, once: the same commendation delivered again
	 * after a crash changes nothing.
	 */
	@Transactional
	void recordCommendation(UUID id, OfficerId officer, LocalDate receivedOn, String description, String source,
			Actor actor) {
		UUID tracked = earlyWarning.trackedOfficer(officer);
		if (records.addCommendation(id, tracked, date(receivedOn, "receivedOn"), text(description, "description"),
				source,
				actor, clock.instant())) {
			audit.access(AuditAction.CREATE, EarlyWarning.COMPONENT, RecordReference.of("Commendation", officer),
					Sentence.of("audit.detail.commendation.from", source));
			earlyWarning.recompute(tracked);
		}
	}

	private static LocalDate date(LocalDate date, String what) {
		if (date == null) {
			throw new InvalidInput("earlywarning.entry.date", what);
		}
		return date;
	}

	private static String text(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("earlywarning.entry.required", what);
		}
		if (value.length() > 2000) {
			throw new InvalidInput("earlywarning.entry.long", what);
		}
		return value.strip();
	}
}
