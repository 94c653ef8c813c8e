package org.leoprotocol.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.leoprotocol.complaints.Acknowledgement;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.FiledFor;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.NamedOfficer;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.CadImport;
import org.leoprotocol.protocol.CadImportResult;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.shared.Actor;
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
	private final MillerCase millerCase;

	DemoStories(ComplaintIntake intake, Investigations investigations, Investigators investigators,
			ReviewBoard board, CaseReports reports, Roster roster, CadImport cadImport, IncidentDesk incidents,
			Clock clock, MillerCase millerCase, ClusterLock seedingLock) {
		this.seedingLock = seedingLock;
		this.intake = intake;
		this.investigations = investigations;
		this.investigators = investigators;
		this.board = board;
		this.reports = reports;
		this.roster = roster;
		this.cadImport = cadImport;
		this.incidents = incidents;
		this.clock = clock;
		this.millerCase = millerCase;
	}

	/**
	 * Nodes started together seed one after another ({@link ClusterLock#START_UP_SEEDING}); the later ones find it
	 * done.
	 */
	@Override
	@SuppressWarnings("try") // the lock is held for the block and never read
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
		millerCase.replay(gable, henderson, leosFinding);
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
					"Not enough evidence to prove or disprove the allegation", Actor.staff(findingBy(stage)));
			if (stage == FindingStage.RECOMMENDED) {
				investigations.submitForReview(opened.id());
			}
		}
		return investigations.close(opened.id(), Actor.staff(NARRATOR)).caseNumber();
	}

	/** Imports the department's past incidents; returns the reference of scenario 000's on-scene gap finding. */
	private String importIncidents() {
		CadImportResult leo = cadImport.importAll(DemoIncidents.all(clock.instant()), Actor.staff(NARRATOR)).get(0);
		return incidents.findings(leo.incidentId()).stream()
			.filter(f -> f.kind() == FindingKind.ON_SCENE_BEFORE_ENGAGEMENT)
			.findFirst().map(f -> "protocol-finding:" + f.id()).orElse("incident:" + leo.incidentId());
	}

	/** The investigator recommends, command records the final finding: never the same person (separation of duties). */
	private static String findingBy(FindingStage stage) {
		return stage == FindingStage.RECOMMENDED ? "investigator" : NARRATOR;
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
				Actor.staff(NARRATOR));
		investigations.assign(opened.id(), "investigator");
	}

	private Investigation open(Acknowledgement filed, Category category, String summary) {
		return investigations.open(CaseType.CITIZEN_COMPLAINT, complaintOf(filed), summary,
				List.of(new NewAllegation(officer("734"), category, summary)), Actor.staff(NARRATOR));
	}

	ComplaintId complaintOf(Acknowledgement filed) {
		return intake.idOf(filed.trackingCode());
	}

	OfficerId officer(String badge) {
		return roster.findByBadge(badge).orElseThrow().id();
	}

	static NamedOfficer miller() {
		return new NamedOfficer("734", "Mark Miller", null);
	}
}
