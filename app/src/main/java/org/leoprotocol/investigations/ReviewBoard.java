package org.leoprotocol.investigations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.board.HearingRecords;
import org.leoprotocol.investigations.board.PublicMinutes;
import org.leoprotocol.investigations.cases.CaseAssignments;
import org.leoprotocol.investigations.separation.QuorumPolicy;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen review board and its hearings (scenario 000: "a citizen review board that handles complaints
 * transparently"). Members are seated; hearings are held on closed cases with everyone present recorded; each member
 * votes once, never one who investigated the case; the majority decides, with at least the quorum voting. A
 * disciplinary decision is applied to the subject officer through {@link CaseDiscipline}, and every decision is
 * published as redacted minutes once a second person approves them ({@link CasePublication}).
 */
@Service
public class ReviewBoard {

	private final HearingRecords hearings;
	private final Investigations investigations;
	private final CaseDiscipline discipline;
	private final CasePublication publication;
	private final Roster roster;
	private final CaseAssignments assignments;
	private final QuorumPolicy quorum;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Conflicts conflicts;

	ReviewBoard(HearingRecords hearings, Investigations investigations, CaseDiscipline discipline,
			CasePublication publication,
			Roster roster, CaseAssignments assignments, QuorumPolicy quorum, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock,
			Conflicts conflicts) {
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.quorum = quorum;
		this.hearings = hearings;
		this.investigations = investigations;
		this.discipline = discipline;
		this.publication = publication;
		this.roster = roster;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void seat(String username, String displayName) {
		if (username == null || username.isBlank() || displayName == null || displayName.isBlank()) {
			throw new InvalidInput("investigations.refused.board.member");
		}
		hearings.seat(username.strip(), displayName.strip(), clock.instant());
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("BoardMember", username.strip()),
				Sentence.of("audit.detail.board.seated"));
	}

	/** Seats a member; a sworn member, named by badge number, must be on active duty. */
	@Transactional
	public void seat(String username, String displayName, String badgeNumber) {
		if (badgeNumber != null && !badgeNumber.isBlank()) {
			roster.requireAvailable(roster.findByBadge(badgeNumber).orElseThrow(
					() -> new InvalidInput("investigations.refused.badge", badgeNumber.strip()))
				.id());
		}
		seat(username, displayName);
	}

	public List<String> members() {
		return hearings.members();
	}

	/** Records a hearing held on a closed case, with its attendees and what was presented. */
	@Transactional
	@AuditExempt("the new hearing's creation is audited where its identifier is made")
	public Hearing hold(InvestigationId id, Hearing.Purpose purpose, OfficerId subject, Instant heldAt,
			List<Hearing.Attendee> attendees,
			String presented, String minutes, Actor recorder) {
		String recordedBy = recorder.username();
		Investigation investigation = investigations.find(id);
		if (investigation.status() != InvestigationStatus.CLOSED) {
			throw new WrongState("investigations.refused.hearing.closedOnly", investigation.caseNumber(),
					Phrase.of("word.case.", investigation.status()));
		}
		if (purpose == null || attendees == null || attendees.isEmpty()) {
			throw new InvalidInput("investigations.refused.hearing.purpose");
		}
		if (purpose == Hearing.Purpose.DISCIPLINARY
				&& (subject == null || !investigation.accused().contains(subject))) {
			throw new InvalidInput("investigations.refused.hearing.subject", investigation.caseNumber());
		}
		refuseInvestigatorsSeated(investigation, attendees);
		UUID hearingId = UUID.randomUUID();
		conflicts.requireToDecide(recorder, Role.REVIEW_BOARD,
				RecordRef.inCase(RecordKind.HEARING, hearingId, id.value()));
		Hearing hearing = new Hearing(hearingId, id, purpose, subject, heldAt == null ? clock.instant() : heldAt,
				attendees.stream().map(ReviewBoard::checked).toList(), presented, minutes, List.of(), null, null);
		hearings.insert(hearing, recordedBy);
		audit.access(AuditAction.CREATE, Investigations.COMPONENT, RecordReference.of("Hearing", hearing.id()),
				Sentence.of("audit.detail.hearing.held." + purpose));
		return hearing;
	}

	/** Casts a seated member's vote; each member votes once. */
	@Transactional
	public Hearing vote(UUID hearingId, Actor voter, String choice) {
		String member = voter.username();
		Hearing hearing = findForUpdate(hearingId);
		if (!hearings.isMember(member)) {
			throw new WrongState("investigations.refused.board.notMember", member);
		}
		Investigation investigation = investigations.find(hearing.investigationId());
		if (assignments.everAssigned(investigation.id().value(), member)) {
			audit.refusal(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("Hearing", hearingId),
					Sentence.ofText("audit.detail.refused.investigator-votes", member));
			throw SeparationRefused.investigatorJudges(investigation.caseNumber(), member);
		}
		conflicts.requireToDecide(voter, Role.REVIEW_BOARD,
				RecordRef.inCase(RecordKind.VOTE, hearingId, investigation.id().value()));
		quorum.requireMembers(assignments.eligibleMembers(investigation.id().value()));
		hearings.vote(hearingId, new Hearing.Vote(member, hearing.checkVote(member, choice), clock.instant()));
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("Hearing", hearingId),
				Sentence.of("audit.detail.hearing.vote", member));
		return get(hearingId);
	}

	/**
	 * Records the majority's decision, refused without the quorum's votes; a disciplinary decision is proposed as a
	 * personnel action that takes effect once someone other than the one recording the decision approves it.
	 */
	@Transactional
	public Hearing decide(UUID hearingId, Actor decidedBy) {
		Hearing hearing = findForUpdate(hearingId);
		conflicts.requireToDecide(decidedBy, Role.COMMAND,
				RecordRef.inCase(RecordKind.HEARING, hearingId, hearing.investigationId().value()));
		if (!hearing.isDecided()) {
			quorum.requireVotes(hearing.votes().size());
		}
		String decision = hearing.majority();
		Instant now = clock.instant();
		hearings.decide(hearingId, decision, now);
		Investigation investigation = investigations.find(hearing.investigationId());
		if (hearing.purpose() == Hearing.Purpose.DISCIPLINARY && !decision.equals("NO_ACTION")) {
			discipline.propose(investigation.id(), hearing.subjectOfficer(), PersonnelAction.valueOf(decision),
					"decided by the review board " + (unanimous(hearing) ? "unanimously " : "") + tally(hearing),
					decidedBy);
		}
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("Hearing", hearingId),
				Sentence.of("audit.detail.hearing.decided", decision));
		publication.submitMinutes(investigation, hearing, hearings.recordedBy(hearingId));
		events.publishEvent(new HearingDecided(hearingId, investigation.id(), investigation.caseNumber(),
				hearing.purpose(), decision,
				unanimous(hearing), now));
		return get(hearingId);
	}

	public Hearing get(UUID hearingId) {
		return hearings.find(hearingId)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.hearing.unknown", hearingId));
	}

	/** Hearings still waiting for votes or a decision, oldest first. */
	public List<Hearing> undecided() {
		return hearings.undecided(200);
	}

	@AuditExempt("the hearings are shown with the case, whose read is audited")
	public List<Hearing> of(InvestigationId id) {
		return hearings.of(id);
	}

	/**
	 * The minutes of every decided hearing whose redacted text a second person approved, newest first; a hearing whose
	 * minutes wait for approval is not shown at all.
	 */
	public List<PublicMinutes> publicMinutes() {
		return hearings.decided(200).stream()
			.flatMap(hearing -> publication.approvedMinutes(hearing.id()).map(text -> minutes(hearing, text)).stream())
			.toList();
	}

	private PublicMinutes minutes(Hearing hearing, String approvedText) {
		Investigation investigation = investigations.find(hearing.investigationId());
		return new PublicMinutes(investigation.caseNumber(), hearing.purpose().name(), hearing.heldAt(),
				hearing.attendees().stream().map(Hearing.Attendee::role).toList(), hearing.tally(), unanimous(hearing),
				hearing.decision(), approvedText);
	}

	/** The board's quorum, shown on its page. */
	public int quorum() {
		return quorum.quorum();
	}

	/** "Unanimous" only when every vote agrees and at least the quorum voted. */
	boolean unanimous(Hearing hearing) {
		return quorum.unanimous(hearing.unanimous(), hearing.votes().size());
	}

	/** Refuses a hearing at which a board member who investigated the case sits. */
	private void refuseInvestigatorsSeated(Investigation investigation, List<Hearing.Attendee> attendees) {
		List<String> investigators = assignments.investigatingMembers(investigation.id().value());
		attendees.stream()
			.filter(a -> a != null && a.name() != null && a.role() != null
					&& a.role().toLowerCase(Locale.ROOT).contains("board"))
			.filter(a -> investigators.stream().anyMatch(name -> name.equalsIgnoreCase(a.name().strip()))).findFirst()
			.ifPresent(a -> {
				audit.refusal(AuditAction.CREATE, Investigations.COMPONENT, Investigations.reference(investigation),
						Sentence.ofText("audit.detail.refused.investigator-seated", a.name()));
				throw SeparationRefused.investigatorJudges(investigation.caseNumber(), a.name().strip());
			});
	}

	private Hearing findForUpdate(UUID hearingId) {
		return hearings.findForUpdate(hearingId)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.hearing.unknown", hearingId));
	}

	private static String tally(Hearing hearing) {
		return Hearing.tallyInWords(hearing.tally());
	}

	private static Hearing.Attendee checked(Hearing.Attendee attendee) {
		if (attendee == null || attendee.name() == null || attendee.name().isBlank() || attendee.role() == null
				|| attendee.role().isBlank()) {
			throw new InvalidInput("investigations.refused.hearing.attendee");
		}
		return new Hearing.Attendee(attendee.name().strip(), attendee.role().strip());
	}
}
