package org.leoprotocol.investigations.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.complaints.Complaint;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.Party;
import org.leoprotocol.conflicts.PartyRole;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordParties;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.board.HearingRecords;
import org.leoprotocol.investigations.cases.CaseEntries;
import org.leoprotocol.investigations.cases.InvestigationRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the conflict policy who the parties of a case and of everything in it are: the accused officers, the
 * complainant and the child or person the complaint was filed for, the people whose statements are in the file, and the
 * investigators ever assigned. A case's evidence, allegations, findings, hearings, votes and personnel actions have the
 * parties of their case; a complaint has its own and its case's.
 */
@Component
class CaseParties implements RecordParties {

	private final InvestigationRecords records;
	private final CaseEntries entries;
	private final HearingRecords hearings;
	private final ComplaintIntake complaints;
	private final JdbcClient jdbc;

	CaseParties(InvestigationRecords records, CaseEntries entries, HearingRecords hearings, ComplaintIntake complaints,
			JdbcClient jdbc) {
		this.records = records;
		this.entries = entries;
		this.hearings = hearings;
		this.complaints = complaints;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Parties> partiesOf(RecordRef record) {
		return investigationOf(record).map(this::parties);
	}

	/**
	 * Final findings, hearings recorded and decided, personnel actions proposed and approved: the decisions of cases.
	 */
	@Override
	public List<TakenAction> actionsBy(String username) {
		return jdbc
			.sql("""
					select a.investigation_id as c, 'FINDING' as kind, f.allegation_id::text as id, 'finding' as what, f.finding as code, f.recorded_at as at
					  from allegation_finding f join allegation a on a.id = f.allegation_id where f.stage = 'FINAL' and f.recorded_by = :u
					union all
					select h.investigation_id, 'HEARING', h.id::text, 'hearing', null, h.held_at from hearing h where h.recorded_by = :u
					union all
					select p.investigation_id, 'PERSONNEL_ACTION', p.id::text, 'action.proposed', p.action, p.proposed_at
					  from case_personnel_proposal p where p.proposed_by = :u
					union all
					select p.investigation_id, 'PERSONNEL_ACTION', p.id::text, 'action.approved', p.action, a.approved_at
					  from case_personnel_approval a join case_personnel_proposal p on p.id = a.proposal_id where a.approved_by = :u
					""")
			.param("u", username)
			.query((rs,
					row) -> TakenAction.of(
							RecordRef.inCase(RecordKind.valueOf(rs.getString("kind")), rs.getString("id"),
									rs.getObject("c", UUID.class)),
							rs.getString("what"), rs.getString("code"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	private Optional<Investigation> investigationOf(RecordRef record) {
		if (record.caseKey() != null) {
			return byKey(record.caseKey());
		}
		return switch (record.kind()) {
			case CASE -> byKey(record.id());
			case HEARING, VOTE ->
				uuid(record.id()).flatMap(hearings::find).flatMap(h -> records.find(h.investigationId()));
			case COMPLAINT -> uuid(record.id()).flatMap(id -> records.findByComplaint(new ComplaintId(id)));
			default -> Optional.empty();
		};
	}

	private Optional<Investigation> byKey(String key) {
		return uuid(key).map(id -> records.find(new InvestigationId(id)))
			.orElseGet(() -> records.findByCaseNumber(key));
	}

	private Parties parties(Investigation investigation) {
		List<Party> parties = new ArrayList<>();
		investigation.accused()
			.forEach(officer -> parties.add(Party.officer(PartyRole.SUBJECT_OFFICER, officer.value())));
		if (investigation.complaintId() != null) {
			parties.addAll(ofComplaint(complaints.get(investigation.complaintId())));
		}
		entries.of(investigation.id()).stream()
			.filter(entry -> entry.personName() != null && !entry.personName().isBlank())
			.forEach(entry -> parties.add(Party.person(role(entry.personRole()), entry.personName())));
		List<Parties.HeldRole> held = jdbc
			.sql("select distinct username from case_assignment where investigation_id = :c")
			.param("c", investigation.id().value()).query(String.class).list().stream()
			.map(username -> new Parties.HeldRole(username, "investigator")).toList();
		return new Parties(investigation.caseNumber(), parties, held);
	}

	private static List<Party> ofComplaint(Complaint complaint) {
		Submission submission = complaint.submission();
		List<Party> parties = new ArrayList<>();
		if (submission.name() != null) {
			parties.add(Party.person(PartyRole.COMPLAINANT, submission.name()));
		}
		if (submission.representedPerson() != null) {
			parties.add(
					Party.person(Boolean.TRUE.equals(submission.aboutAChild()) ? PartyRole.CHILD : PartyRole.REPORTER,
							submission.representedPerson()));
		}
		return parties;
	}

	private static PartyRole role(String personRole) {
		if (personRole == null) {
			return PartyRole.WITNESS;
		}
		try {
			return PartyRole.valueOf(personRole.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException notARole) {
			return PartyRole.WITNESS;
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
