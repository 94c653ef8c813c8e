package org.leoprotocol.demo;

import java.util.List;

import org.leoprotocol.complaints.Acknowledgement;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.FiledFor;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.NamedOfficer;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.conflicts.ConflictRefused;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseDiscipline;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.CasePublication;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.PersonnelAction;
import org.leoprotocol.personnel.PersonnelActionDesk;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.CadImport;
import org.leoprotocol.protocol.CadImportResult;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.IncidentDesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.leoprotocol.shared.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The accountability half of the seed stories, replayed through the complaints and investigations APIs on the first
 * demo start: Agnes Gable's and Mr. Henderson's complaints against Officer Miller, each closed not sustained; Cora
 * Miller's complaint for her son, carried through Eleanor Vance's statement, the body-camera and protocol references,
 * sustained findings and the board's vote to terminate (scenario 000); Mele Tupou's commendation of Deputy Rodriguez
 * (scenario 001); and the open internal case of scenario 002, which the public sees only in outline. The protocol
 * incidents of scenarios 000 and 001, with two years of the department's other lost-child and vulnerable-person
 * responses, are imported as the department's CAD recorded them ({@link DemoIncidents}), so the portal has protocol
 * statistics and Cora Miller's case refers to the gap finding of the imported incident. Each story is filed with an
 * idempotency key (the CAD number for incidents), so a restart finds it stored and adds nothing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("leo.demo.enabled")
class DemoStories implements ApplicationRunner {

	private final ClusterLock seedingLock;

	static final String NARRATOR = "demo-admin";
	/** The board's quorum (3 by default) of seated members; the first has a demo account. */
	static final String[][] BOARD = { { "board", "Review board member" }, { "board.hale", "Board member Ines Hale" },
			{ "board.osei", "Board member Kwame Osei" } };
	/** Approves the termination the board decided: the watch commander, since the chief is the child's father. */
	static final String SECOND_APPROVER = "watch";
	/** The chief of police, Leo's father and Cora Miller's husband: recused from her complaint. */
	static final String CHIEF = "chief";
	/** The deputy chief, command's designated alternate, who decides Cora Miller's complaint in the chief's place. */
	static final String DEPUTY_CHIEF = "deputy";
	/** Approves the board's redacted minutes for publication: a board member, since the narrator recorded them. */
	static final String MINUTES_APPROVER = BOARD[1][0];
	static final Instant FOUNTAIN_AFTERNOON = Instant.parse("2026-06-13T14:45:00Z");

	private final ComplaintIntake intake;
	private final Investigations investigations;
	private final Investigators investigators;
	private final ReviewBoard board;
	private final CaseReports reports;
	private final Roster roster;
	private final CadImport cadImport;
	private final IncidentDesk incidents;
	private final Clock clock;
	private final PersonnelActionDesk actions;
	private final CaseDiscipline discipline;
	private final Conflicts conflicts;
	private final CasePublication publication;

	DemoStories(Conflicts conflicts, ComplaintIntake intake, Investigations investigations, Investigators investigators,
			ReviewBoard board,
			CaseReports reports, Roster roster, CadImport cadImport, IncidentDesk incidents, Clock clock,
			PersonnelActionDesk actions, CaseDiscipline discipline, CasePublication publication,
			ClusterLock seedingLock) {
		this.seedingLock = seedingLock;
		this.conflicts = conflicts;
		this.publication = publication;
		this.actions = actions;
		this.discipline = discipline;
		this.intake = intake;
		this.investigations = investigations;
		this.investigators = investigators;
		this.board = board;
		this.reports = reports;
		this.roster = roster;
		this.cadImport = cadImport;
		this.incidents = incidents;
		this.clock = clock;
	}

	/**
	 * Nodes started together seed one after another ({@link ClusterLock#START_UP_SEEDING}); the later ones find it
	 * done.
	 */
	@Override
	public void run(ApplicationArguments args) {
		try (ClusterLock.Held seeding = seedingLock.hold(ClusterLock.START_UP_SEEDING)) {
			seed();
		}
	}

	private void seed() {
		investigators.register("investigator", "Sgt. Nadia Brooks", DemoDepartment.INVESTIGATOR_ONE.badgeNumber());
		for (String[] member : BOARD) {
			board.seat(member[0], member[1]);
		}
		String leosFinding = importIncidents();
		String gable = earlierComplaint("demo-story-000-agnes-gable", DemoPeople.EARLIER_COMPLAINANT,
				Category.NEGLECT_OF_DUTY,
				"My purse was snatched and the officer waved me off without taking my details.");
		String henderson = earlierComplaint("demo-story-000-henderson", DemoPeople.OTHER_EARLIER_COMPLAINANT,
				Category.NEGLECT_OF_DUTY,
				"My teenage son ran away and the officer would not file a report for 48 hours.");
		corasComplaint(gable, henderson, leosFinding);
		commendation();
		leakedClipCase();
	}

	private String earlierComplaint(String key, String name, Category category, String narrative) {
		Acknowledgement filed = intake
			.file(new Submission(Kind.COMPLAINT, FiledFor.SELF, false, name, null, null, false, null, null,
					"some time ago", "Central Precinct", narrative, List.of(miller())), key);
		if (filed.repeated()) {
			return null;
		}
		Investigation opened = open(filed, category, "Dismissive response");
		investigations.assign(opened.id(), "investigator");
		for (FindingStage stage : new FindingStage[] { FindingStage.RECOMMENDED, FindingStage.FINAL }) {
			investigations.recordFinding(opened.id(), opened.allegations().get(0).id(), stage, Finding.NOT_SUSTAINED,
					null,
					"Not enough evidence to prove or disprove the allegation", findingBy(stage));
			if (stage == FindingStage.RECOMMENDED) {
				investigations.submitForReview(opened.id());
			}
		}
		return investigations.close(opened.id(), NARRATOR).caseNumber();
	}

	/** Imports the department's past incidents; returns the reference of scenario 000's on-scene gap finding. */
	private String importIncidents() {
		CadImportResult leo = cadImport.importAll(DemoIncidents.all(clock.instant()), NARRATOR).get(0);
		return incidents.findings(leo.incidentId()).stream()
			.filter(f -> f.kind() == FindingKind.ON_SCENE_BEFORE_ENGAGEMENT)
			.findFirst().map(f -> "protocol-finding:" + f.id()).orElse("incident:" + leo.incidentId());
	}

	private void corasComplaint(String gable, String henderson, String protocolFinding) {
		Acknowledgement filed = intake.file(new Submission(Kind.COMPLAINT, FiledFor.ON_BEHALF, false,
				DemoPeople.COMPLAINANT, DemoPeople.LOST_CHILD, "mother",
				true, null, null, "13 June, 14:10", "Fountain, central square",
				"My five-year-old son was crying alone by the fountain. Officer Miller stood there for almost twelve minutes looking at his phone.",
				List.of(miller())), "demo-story-000-cora-miller");
		if (filed.repeated()) {
			return;
		}
		OfficerId miller = officer("734");
		Investigation opened = investigations.open(CaseType.CITIZEN_COMPLAINT, complaintOf(filed),
				"Lost child ignored by the fountain",
				List.of(new NewAllegation(miller, Category.NEGLECT_OF_DUTY,
						"Did not engage a lost five-year-old for 11 minutes 42 seconds"),
						new NewAllegation(miller, Category.PROTOCOL_VIOLATION,
								"Leo's Protocol: engagement step missed by 9 minutes 42 seconds")),
				NARRATOR);
		InvestigationId id = opened.id();
		relievedOfDuty(miller, opened.caseNumber());
		investigations.assign(id, "investigator");
		investigations.addEntry(id, CaseEntry.Kind.STATEMENT, null, "WITNESS", DemoPeople.WITNESS,
				"I stayed with the boy by the fountain. The officer stood a few metres away looking at his phone and did not speak to him.",
				NARRATOR);
		investigations.addEntry(id, CaseEntry.Kind.EVIDENCE, "bodycam:734:2026-06-13T14:08", null, null,
				"Body-camera recording of Officer Miller, arrival to release.", NARRATOR);
		investigations.addEntry(id, CaseEntry.Kind.PROTOCOL_FINDING, protocolFinding, null, null,
				"On scene 11:42 before first engagement.", NARRATOR);
		if (gable != null && henderson != null) {
			investigations.addEntry(id, CaseEntry.Kind.PRIOR_CASE, gable, null, null,
					"Dismissive response to a purse snatching; not sustained.", NARRATOR);
			investigations.addEntry(id, CaseEntry.Kind.PRIOR_CASE, henderson, null, null,
					"Report not filed for 48 hours; not sustained.", NARRATOR);
		}
		for (AllegationId allegation : opened.allegations().stream().map(a -> a.id()).toList()) {
			investigations.recordFinding(id, allegation, FindingStage.RECOMMENDED, Finding.SUSTAINED, null, null,
					"investigator");
		}
		investigations.submitForReview(id);
		chiefRecuses(id, opened.allegations().get(0).id());
		for (AllegationId allegation : opened.allegations().stream().map(a -> a.id()).toList()) {
			investigations.recordFinding(id, allegation, FindingStage.FINAL, Finding.SUSTAINED, null, null,
					DEPUTY_CHIEF);
		}
		investigations.close(id, DEPUTY_CHIEF);
		Hearing hearing = board.hold(id, Hearing.Purpose.DISCIPLINARY, miller, clock.instant(),
				List.of(new Hearing.Attendee("Review board member", "board member"),
						new Hearing.Attendee(BOARD[1][1], "board member"),
						new Hearing.Attendee(BOARD[2][1], "board member"),
						new Hearing.Attendee("Union representative", "union representative"),
						new Hearing.Attendee("Sgt. Nadia Brooks", "investigator"),
						new Hearing.Attendee("Mark Miller", "subject officer")),
				"Body-camera footage bodycam:734:2026-06-13T14:08; the witness statement",
				"The board viewed the footage and heard the witness statement. The union representative spoke for the officer.",
				NARRATOR);
		for (String[] member : BOARD) {
			board.vote(hearing.id(), member[0], "TERMINATION");
		}
		board.decide(hearing.id(), DEPUTY_CHIEF);
		publication.approveMinutes(hearing.id(), MINUTES_APPROVER);
		discipline.proposals(id).stream().filter(p -> p.isPending())
			.forEach(p -> discipline.approve(id, p.id(), SECOND_APPROVER));
	}

	/**
	 * The chief declares that he is the lost child's father and the complainant's husband, then goes to record the
	 * final finding: the conflict policy recuses him (recorded on the case) and the decision passes to the deputy
	 * chief.
	 */
	private void chiefRecuses(InvestigationId id, AllegationId allegation) {
		conflicts.declareToPerson(CHIEF, DemoPeople.LOST_CHILD, "father");
		conflicts.declareToPerson(CHIEF, DemoPeople.COMPLAINANT, "husband");
		try {
			investigations.recordFinding(id, allegation, FindingStage.FINAL, Finding.SUSTAINED, null, null, CHIEF);
			throw new IllegalStateException("The chief was not recused from his son's case");
		}
		catch (ConflictRefused recused) {
			// the recusal is recorded with the deputy chief as alternate; she decides from here on
		}
	}

	/** The investigator recommends, command records the final finding: never the same person (separation of duties). */
	private static String findingBy(FindingStage stage) {
		return stage == FindingStage.RECOMMENDED ? "investigator" : NARRATOR;
	}

	/**
	 * Step 4 of scenario 000: administrative leave effective immediately, service weapon and badge surrendered to the
	 * responding supervisor, on the afternoon at the fountain (or just before the demo starts, if that is earlier).
	 */
	private void relievedOfDuty(OfficerId miller, String caseNumber) {
		Instant leave = earliest(FOUNTAIN_AFTERNOON, clock.instant().minus(Duration.ofMinutes(3)));
		String authority = "Lt. Samuel Price, watch commander";
		actions.record(miller, PersonnelAction.Kind.ADMINISTRATIVE_LEAVE, authority, caseNumber,
				"administrative leave effective immediately pending the investigation of the lost child by the fountain",
				leave, NARRATOR);
		actions.record(miller, PersonnelAction.Kind.WEAPON_SURRENDERED, authority, caseNumber,
				"service weapon surrendered to the responding supervisor, Sgt. Teresa Alvarez", leave.plusSeconds(60),
				NARRATOR);
		actions.record(miller, PersonnelAction.Kind.BADGE_SURRENDERED, authority, caseNumber,
				"badge surrendered to the responding supervisor, Sgt. Teresa Alvarez", leave.plusSeconds(90), NARRATOR);
	}

	private static Instant earliest(Instant one, Instant other) {
		return one.isBefore(other) ? one : other;
	}

	/**
	 * Scenario 001: the mother commends Deputy Rodriguez. The commendation is on his record as soon as it is stored (a
	 * positive indicator); internal affairs then forwards it to his record with the department's thank-you to her,
	 * which she reads on the status page of her tracking code and in the status mail.
	 */
	private void commendation() {
		Acknowledgement filed = intake.file(new Submission(Kind.COMMENDATION, FiledFor.SELF, false,
				DemoPeople.COMMENDER, null, null, true, null, null,
				"3 May, morning", "Maple Street",
				"Deputy Rodriguez found my four-year-old son walking alone, kept him calm, checked my ID and brought him home.",
				List.of(new NamedOfficer(DemoDepartment.RODRIGUEZ.badgeNumber(), "Daniel Rodriguez", null))),
				"demo-story-001-mele-tupou");
		ComplaintId id = complaintOf(filed);
		if (intake.get(id).stage() == Stage.RECEIVED) {
			intake.moveTo(id, Stage.FORWARDED, THANK_YOU, null);
		}
	}

	/** The department's thank-you to the mother who commended Deputy Rodriguez. */
	static final String THANK_YOU = "Thank you for writing to us. Your words about Deputy Rodriguez are now on his record,"
			+ " where he and his supervisors read them. Letters like yours tell our officers what the public values most.";

	private void leakedClipCase() {
		OfficerId detective = officer(DemoDepartment.DETECTIVE_SERGEANT.badgeNumber());
		if (!reports.againstOfficer(detective).isEmpty()) {
			return;
		}
		Investigation opened = investigations.open(CaseType.INTERNAL, null,
				"Interference with an ongoing investigation",
				List.of(new NewAllegation(detective, Category.INTERFERENCE_WITH_INVESTIGATION,
						"Suspected of interfering with an investigation that involves a member of his family")),
				NARRATOR);
		investigations.assign(opened.id(), "investigator");
	}

	private Investigation open(Acknowledgement filed, Category category, String summary) {
		return investigations.open(CaseType.CITIZEN_COMPLAINT, complaintOf(filed), summary,
				List.of(new NewAllegation(officer("734"), category, summary)), NARRATOR);
	}

	private ComplaintId complaintOf(Acknowledgement filed) {
		return intake.idOf(filed.trackingCode());
	}

	private OfficerId officer(String badge) {
		return roster.findByBadge(badge).orElseThrow().id();
	}

	private static NamedOfficer miller() {
		return new NamedOfficer("734", "Mark Miller", null);
	}
}
