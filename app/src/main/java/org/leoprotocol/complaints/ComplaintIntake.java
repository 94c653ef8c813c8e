package org.leoprotocol.complaints;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.redaction.Party;
import org.leoprotocol.shared.redaction.PersonInRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives complaints and commendations from the public and answers status lookups by tracking code and access key. A
 * submission is committed before its acknowledgement is returned, and a repeated submission (same idempotency key) is
 * stored once and acknowledged with the same code and key. Investigations move a complaint through its public stages
 * with {@link #moveTo}.
 */
@Service
public class ComplaintIntake {

	public static final String COMPONENT = "complaints";

	/** The record type the audit trail names a complaint by. */
	static final String RECORD = "Complaint";
	private static final java.util.regex.Pattern PARENTS = java.util.regex.Pattern.compile(
			"(?i)mother|father|parent|guardian|madre|padre|tutor");

	private final Complaints complaints;
	private final Roster roster;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ComplaintIntake(Complaints complaints, Roster roster, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.complaints = complaints;
		this.roster = roster;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a submission, publishes {@link ComplaintReceived} or {@link CommendationReceived}, and returns the
	 * acknowledgement. Throws {@link RejectedSubmission} with every problem when the submission is not acceptable.
	 *
	 * @param idempotencyKey the form token or the API's {@code Idempotency-Key}; may be {@code null}
	 */
	@Transactional
	public Acknowledgement file(Submission submission, String idempotencyKey) {
		return receive(submission, idempotencyKey, clock.instant(), true);
	}

	/**
	 * For recording history only (an agency's earlier years, the demo department's past), never for the public's
	 * submissions, which are dated when they arrive ({@link #file}): stores a complaint or commendation the department
	 * received at a past date and publishes {@link ComplaintReceived} or {@link CommendationReceived} with that date,
	 * so every statistic counts it in its own year as it counts one filed today. The person who filed is not told of
	 * anything (no {@link ComplaintStageChanged}): the stage was reached long ago. A repeated key stores nothing and
	 * answers with the acknowledgement marked repeated.
	 */
	@Transactional
	public Acknowledgement fileReceivedAt(Submission submission, String idempotencyKey, Instant receivedAt) {
		if (receivedAt == null || receivedAt.isAfter(clock.instant())) {
			throw new InvalidInput("complaints.refused.past.future");
		}
		return receive(submission, idempotencyKey, receivedAt, false);
	}

	private Acknowledgement receive(Submission submission, String idempotencyKey, Instant now, boolean told) {
		TrackingSecrets.checkIdempotencyKey(idempotencyKey);
		Map<String, FormProblem> problems = submission.problems();
		if (!problems.isEmpty()) {
			throw new RejectedSubmission(problems);
		}
		String accessKey = TrackingSecrets.newAccessKey();
		Complaint complaint = new Complaint(ComplaintId.random(), TrackingSecrets.newTrackingCode(), submission.kind(),
				Stage.RECEIVED, submission, match(submission.officers()), now, null);
		boolean stored = complaints.insert(complaint, TrackingSecrets.hashKey(accessKey),
				idempotencyKey == null ? null : TrackingSecrets.idempotencyHash(idempotencyKey),
				idempotencyKey == null ? null : TrackingSecrets.seal(accessKey, idempotencyKey));
		if (!stored) {
			return repeated(idempotencyKey).orElseThrow(() -> new WrongState("complaints.refused.receiving"));
		}
		if (told) {
			events.publishEvent(new ComplaintStageChanged(complaint.id(), Stage.RECEIVED, null, now, null, null));
		}
		events.publishEvent(submission.kind() == Kind.COMPLAINT
				? new ComplaintReceived(complaint.id(), now, complaint.matchedOfficers(), submission.aboutAChild())
				: new CommendationReceived(complaint.id(), now, complaint.matchedOfficers()));
		return new Acknowledgement(complaint.trackingCode(), accessKey, complaint.kind(), now, false);
	}

	private Optional<Acknowledgement> repeated(String idempotencyKey) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		return complaints.secretsByIdempotency(TrackingSecrets.idempotencyHash(idempotencyKey))
			.map(s -> new Acknowledgement(s.trackingCode(), TrackingSecrets.unseal(s.sealedAccessKey(), idempotencyKey),
					s.kind(), s.receivedAt(), true));
	}

	private List<Complaint.Officer> match(List<NamedOfficer> named) {
		return named.stream()
			.map(officer -> new Complaint.Officer(officer,
					roster.findByBadge(officer.badgeNumber()).map(Officer::id).orElse(null)))
			.toList();
	}

	/**
	 * The public status for a tracking code and access key. A wrong code and a wrong key get the same answer, so that
	 * nobody can learn which codes exist.
	 */
	@Transactional(readOnly = true)
	public PublicStatus status(String trackingCode, String accessKey) {
		return complaints.secretsByCode(TrackingSecrets.formatCode(trackingCode))
			.filter(secrets -> TrackingSecrets.matches(accessKey, secrets.accessKeyHash()))
			.map(secrets -> {
				Complaint complaint = complaints.find(secrets.id()).orElseThrow();
				return new PublicStatus(complaint.trackingCode(), complaint.kind(), complaint.stage(),
						complaint.receivedAt(),
						complaints.history(complaint.id()));
			})
			.orElseThrow(() -> new UnknownRecord("complaints.refused.status.unknown"));
	}

	/** The complaint a tracking code was issued for, for staff who hold the code (triage by telephone, the demo). */
	public ComplaintId idOf(String trackingCode) {
		return complaints.secretsByCode(TrackingSecrets.formatCode(trackingCode)).map(secrets -> secrets.id())
			.orElseThrow(() -> new UnknownRecord("complaints.refused.code.unknown", trackingCode));
	}

	/** A complaint for staff; the read is audited. */
	@Transactional
	@Audited(value = AuditAction.READ, record = RECORD, detail = "audit.detail.complaint.read")
	public Complaint get(ComplaintId id) {
		return complaints.find(id).orElseThrow(() -> new UnknownRecord("complaints.refused.unknown", id));
	}

	@AuditExempt("the stages a complaint went through, as its public status page shows them to anyone with its code")
	public List<StageChange> history(ComplaintId id) {
		return complaints.history(id);
	}

	/**
	 * Every personal name a complaint holds (the person filing, whom they filed for, the officers they named), for
	 * redacting published text; not audited because the names are not shown to anyone.
	 */
	@AuditExempt("names for the redaction gate, shown to no one")
	public List<String> personalNames(ComplaintId id) {
		return complaints.find(id).map(complaint -> java.util.stream.Stream.concat(
				java.util.stream.Stream.of(complaint.submission().name(), complaint.submission().representedPerson()),
				complaint.officers().stream().map(officer -> officer.named().name()))
			.filter(java.util.Objects::nonNull).toList()).orElse(List.of());
	}

	/**
	 * The complaints filed by, or for, a person whose name contains the text: for investigators finding a case by its
	 * complainant. The search is audited; the names are not returned.
	 */
	@Transactional
	public List<ComplaintId> filedByName(String text) {
		audit.query(AuditAction.SEARCH, COMPONENT, "Complaint",
				Sentence.ofText("audit.detail.search.complainant-name"));
		return text == null || text.isBlank() ? List.of() : complaints.filedByName(text.strip());
	}

	/**
	 * The people a complaint names, each with their part, for the redaction gate: the person filing (the complainant),
	 * whom they filed for (a child when the complaint is about one or filed by a parent), the officers named. Not
	 * audited, for the same reason as {@link #personalNames}.
	 */
	@AuditExempt("names for the redaction gate, shown to no one")
	public List<PersonInRecord> peopleInRecord(ComplaintId id) {
		return complaints.find(id).map(complaint -> {
			Submission submission = complaint.submission();
			List<PersonInRecord> people = new java.util.ArrayList<>();
			people.add(PersonInRecord.of(submission.name(), Party.COMPLAINANT));
			people.add(PersonInRecord.of(submission.representedPerson(), Boolean.TRUE.equals(submission.aboutAChild())
					|| PARENTS.matcher(String.valueOf(submission.relationship())).find() ? Party.CHILD : Party.PERSON));
			complaint.officers()
				.forEach(officer -> people.add(PersonInRecord.of(officer.named().name(), Party.OFFICER)));
			return List.copyOf(people);
		}).orElse(List.of());
	}

	/** Complaints waiting in a stage, oldest first: the triage queue when the stage is {@code RECEIVED}. */
	@Transactional
	public List<Complaint> inStage(Stage stage) {
		audit.query(AuditAction.SEARCH, COMPONENT, "Complaint",
				Sentence.ofText("audit.detail.search.criteria", "stage=" + stage));
		return complaints.inStage(stage, 500);
	}

	/** Commendations that name the officer, oldest first: the positive side of the officer's record. */
	public List<Complaint> commendationsOf(org.leoprotocol.personnel.OfficerId officer) {
		return complaints.namingOfficer(officer, Kind.COMMENDATION);
	}

	/**
	 * Moves a complaint to the next public stage with a note for the person who filed it, and links the case that
	 * handles it. Every move is kept and shown on the status page.
	 */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = RECORD, detail = "audit.detail.complaint.moved")
	public void moveTo(ComplaintId id, Stage to, String note, String caseReference) {
		moveTo(id, to, StageNote.written(note), caseReference);
	}

	/** As {@link #moveTo(ComplaintId, Stage, String, String)}, with a note Leo may have written itself. */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = RECORD, detail = "audit.detail.complaint.moved")
	public void moveTo(ComplaintId id, Stage to, StageNote note, String caseReference) {
		Complaint complaint = complaints.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("complaints.refused.unknown", id));
		complaint.requireMove(to);
		StageChange change = new StageChange(to, clock.instant(), Submission.clean(note.text()), note.key(),
				note.argument());
		complaints.moveTo(id, change, Submission.clean(caseReference));
		events.publishEvent(new ComplaintStageChanged(id, to, change.note(), change.changedAt(), change.noteKey(),
				change.noteArgument()));
	}

	/**
	 * For recording history only ({@link #fileReceivedAt}): moves a complaint to the public stage it reached at a past
	 * date, kept and shown on its status page like any move, without telling the person who filed.
	 */
	@Transactional
	@AuditExempt("recording history: the past case the move belongs to is audited as recorded")
	public void recordPastMove(ComplaintId id, Stage to, StageNote note, String caseReference, Instant at) {
		Complaint complaint = complaints.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("complaints.refused.unknown", id));
		complaint.requireMove(to);
		if (at.isBefore(complaint.receivedAt()) || at.isAfter(clock.instant())) {
			throw new InvalidInput("complaints.refused.past.move");
		}
		complaints.moveTo(id,
				new StageChange(to, at, Submission.clean(note.text()), note.key(), note.argument()),
				Submission.clean(caseReference));
	}
}
