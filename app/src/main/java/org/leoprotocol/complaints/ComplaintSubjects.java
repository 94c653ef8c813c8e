package org.leoprotocol.complaints;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers a complaint names are its subjects from the moment it is filed, long before a case is opened: a subject
 * never reads who complained, for whom, or who witnessed it, because he could approach, pressure or retaliate against
 * them (IACP model policy on investigating complaints of employee misconduct: the complainant's identity is withheld
 * from the accused). Staff reading complaints come through here; so does the protocol, which masks every identity in
 * incident records for a subject.
 */
@Service
public class ComplaintSubjects {

	private final Complaints complaints;
	private final ComplaintIntake intake;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final ComplaintAccess access;

	ComplaintSubjects(Complaints complaints, ComplaintIntake intake, StaffDirectory staff, AuditTrail audit,
			ComplaintAccess access) {
		this.access = access;
		this.complaints = complaints;
		this.intake = intake;
		this.staff = staff;
		this.audit = audit;
	}

	/** Whether any complaint names the officer, whatever its stage and whether or not a case was opened. */
	public boolean isSubject(OfficerId officer) {
		return officer != null && complaints.complaintNames(officer);
	}

	/** The complaints of a stage the staff member may read: none that names him, none he has a stake in. */
	@Transactional
	public List<Complaint> inStage(Stage stage, Actor reader) {
		Optional<OfficerId> officer = officerOf(reader == null ? null : reader.username());
		return intake.inStage(stage).stream()
			.filter(complaint -> officer.map(o -> !complaint.matchedOfficers().contains(o)).orElse(true))
			.filter(complaint -> reader == null || access.mayView(complaint.id(), reader)).toList();
	}

	/**
	 * One complaint for a staff member (audited), refused (audited) when it names him or when he has a stake in it (a
	 * declared relation to its complainant, the person it was filed for or an officer it names), case or no case.
	 */
	@Transactional
	@AuditExempt("a need-to-know decision whose refusal is audited here; the read is audited by ComplaintIntake.get")
	public Complaint read(ComplaintId id, Actor actor) {
		String reader = actor.username();
		if (complaints.find(id).isEmpty()) {
			throw new UnknownRecord("complaints.refused.unknown", id);
		}
		Optional<OfficerId> named = officerOf(reader).filter(officer -> complaints.names(id, officer));
		if (named.isPresent()) {
			audit.refusal(AuditAction.READ, ComplaintIntake.COMPONENT, RecordReference.of("Complaint", id),
					Sentence.ofText("audit.detail.refused.named-in-complaint", reader));
			throw new NamedInComplaintRefused(id);
		}
		access.requireToView(id, actor);
		return intake.get(id);
	}

	private Optional<OfficerId> officerOf(String reader) {
		return reader == null ? Optional.empty() : staff.officerOf(reader).map(OfficerId::new);
	}
}
