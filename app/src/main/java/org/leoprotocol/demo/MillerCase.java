package org.leoprotocol.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.leoprotocol.complaints.Acknowledgement;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.FiledFor;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.conflicts.ConflictRefused;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseDiscipline;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CasePublication;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.PersonnelActionDesk;
import org.leoprotocol.personnel.PersonnelActionKind;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Scenario 000's accountability story, replayed through the complaints, investigations, board and personnel facades:
 * Cora Miller's complaint for her son against Officer Miller, his administrative leave that afternoon, Eleanor Vance's
 * statement, the body-camera and protocol references, the recommended findings, the chief's recusal (he is the lost
 * child's father and the complainant's husband), the deputy chief's final findings, the board's hearing and vote to
 * terminate, the approved minutes and the second approval of the termination. Filed with an idempotency key, so a
 * restart finds it stored and adds nothing.
 */
@Component
@ConditionalOnBooleanProperty("leo.demo.enabled")
class MillerCase {

	private final ComplaintIntake intake;
	private final Investigations investigations;
	private final ReviewBoard board;
	private final Clock clock;
	private final PersonnelActionDesk actions;
	private final CaseDiscipline discipline;
	private final Conflicts conflicts;
	private final CasePublication publication;
	private final Roster roster;

	MillerCase(ComplaintIntake intake, Investigations investigations, ReviewBoard board, Clock clock,
			PersonnelActionDesk actions, CaseDiscipline discipline, Conflicts conflicts, CasePublication publication,
			Roster roster) {
		this.intake = intake;
		this.investigations = investigations;
		this.board = board;
		this.clock = clock;
		this.actions = actions;
		this.discipline = discipline;
		this.conflicts = conflicts;
		this.publication = publication;
		this.roster = roster;
	}

	/**
	 * Files Cora Miller's complaint and carries it to the end; {@code gable} and {@code henderson} are the case numbers
	 * of the earlier complaints against Miller (null when they were filed on an earlier start), {@code protocolFinding}
	 * the reference of the imported incident's gap finding.
	 */
	void replay(String gable, String henderson, String protocolFinding) {
		Acknowledgement filed = intake.file(new Submission(Kind.COMPLAINT, FiledFor.ON_BEHALF, false,
				DemoPeople.COMPLAINANT, DemoPeople.LOST_CHILD, "mother",
				true, null, null, "13 June, 14:10", "Fountain, central square",
				"My five-year-old son was crying alone by the fountain. Officer Miller stood there for almost twelve minutes looking at his phone.",
				List.of(DemoStories.miller())), "demo-story-000-cora-miller");
		if (filed.repeated()) {
			return;
		}
		OfficerId miller = roster.findByBadge("734").orElseThrow().id();
		Investigation opened = investigations.open(CaseType.CITIZEN_COMPLAINT, intake.idOf(filed.trackingCode()),
				"Lost child ignored by the fountain",
				List.of(new NewAllegation(miller, Category.NEGLECT_OF_DUTY,
						"Did not engage a lost five-year-old for 11 minutes 42 seconds"),
						new NewAllegation(miller, Category.PROTOCOL_VIOLATION,
								"Leo's Protocol: engagement step missed by 9 minutes 42 seconds")),
				Actor.staff(DemoStories.NARRATOR));
		InvestigationId id = opened.id();
		relievedOfDuty(miller, opened.caseNumber());
		investigations.assign(id, "investigator");
		investigations.addEntry(id, CaseEntry.Kind.STATEMENT, null, "WITNESS", DemoPeople.WITNESS,
				"I stayed with the boy by the fountain. The officer stood a few metres away looking at his phone and did not speak to him.",
				Actor.staff(DemoStories.NARRATOR));
		investigations.addEntry(id, CaseEntry.Kind.EVIDENCE, "bodycam:734:2026-06-13T14:08", null, null,
				"Body-camera recording of Officer Miller, arrival to release.", Actor.staff(DemoStories.NARRATOR));
		investigations.addEntry(id, CaseEntry.Kind.PROTOCOL_FINDING, protocolFinding, null, null,
				"On scene 11:42 before first engagement.", Actor.staff(DemoStories.NARRATOR));
		if (gable != null && henderson != null) {
			investigations.addEntry(id, CaseEntry.Kind.PRIOR_CASE, gable, null, null,
					"Dismissive response to a purse snatching; not sustained.", Actor.staff(DemoStories.NARRATOR));
			investigations.addEntry(id, CaseEntry.Kind.PRIOR_CASE, henderson, null, null,
					"Report not filed for 48 hours; not sustained.", Actor.staff(DemoStories.NARRATOR));
		}
		for (AllegationId allegation : opened.allegations().stream().map(a -> a.id()).toList()) {
			investigations.recordFinding(id, allegation, FindingStage.RECOMMENDED, Finding.SUSTAINED, null, null,
					Actor.staff("investigator"));
		}
		investigations.submitForReview(id);
		chiefRecuses(id, opened.allegations().get(0).id());
		for (AllegationId allegation : opened.allegations().stream().map(a -> a.id()).toList()) {
			investigations.recordFinding(id, allegation, FindingStage.FINAL, Finding.SUSTAINED, null, null,
					Actor.staff(DemoStories.DEPUTY_CHIEF));
		}
		investigations.close(id, Actor.staff(DemoStories.DEPUTY_CHIEF));
		Hearing hearing = board.hold(id, Hearing.Purpose.DISCIPLINARY, miller, clock.instant(),
				List.of(new Hearing.Attendee("Review board member", "board member"),
						new Hearing.Attendee(DemoStories.BOARD[1][1], "board member"),
						new Hearing.Attendee(DemoStories.BOARD[2][1], "board member"),
						new Hearing.Attendee("Union representative", "union representative"),
						new Hearing.Attendee("Sgt. Nadia Brooks", "investigator"),
						new Hearing.Attendee("Mark Miller", "subject officer")),
				"Body-camera footage bodycam:734:2026-06-13T14:08; the witness statement",
				"The board viewed the footage and heard the witness statement. The union representative spoke for the officer.",
				Actor.staff(DemoStories.NARRATOR));
		for (String[] member : DemoStories.BOARD) {
			board.vote(hearing.id(), Actor.staff(member[0]), "TERMINATION");
		}
		board.decide(hearing.id(), Actor.staff(DemoStories.DEPUTY_CHIEF));
		publication.approveMinutes(hearing.id(), Actor.staff(DemoStories.MINUTES_APPROVER));
		discipline.proposals(id).stream().filter(p -> p.isPending())
			.forEach(p -> discipline.approve(id, p.id(), Actor.staff(DemoStories.SECOND_APPROVER)));
	}

	/**
	 * The chief declares that he is the lost child's father and the complainant's husband, then goes to record the
	 * final finding: the conflict policy recuses him (recorded on the case) and the decision passes to the deputy
	 * chief.
	 */
	private void chiefRecuses(InvestigationId id, AllegationId allegation) {
		conflicts.declareToPerson(Actor.staff(DemoStories.CHIEF), DemoPeople.LOST_CHILD, "father");
		conflicts.declareToPerson(Actor.staff(DemoStories.CHIEF), DemoPeople.COMPLAINANT, "husband");
		try {
			investigations.recordFinding(id, allegation, FindingStage.FINAL, Finding.SUSTAINED, null, null,
					Actor.staff(DemoStories.CHIEF));
			throw new IllegalStateException("The chief was not recused from his son's case");
		}
		catch (ConflictRefused recused) {
			// the recusal is recorded with the deputy chief as alternate; she decides from here on
		}
	}

	/**
	 * Step 4 of scenario 000: administrative leave effective immediately, service weapon and badge surrendered to the
	 * responding supervisor, on the afternoon at the fountain (or just before the demo starts, if that is earlier).
	 */
	private void relievedOfDuty(OfficerId miller, String caseNumber) {
		Instant leave = earliest(DemoStories.FOUNTAIN_AFTERNOON, clock.instant().minus(Duration.ofMinutes(3)));
		String authority = "Lt. Samuel Price, watch commander";
		actions.record(miller, PersonnelActionKind.ADMINISTRATIVE_LEAVE, authority, caseNumber,
				"administrative leave effective immediately pending the investigation of the lost child by the fountain",
				leave, Actor.staff(DemoStories.NARRATOR));
		actions.record(miller, PersonnelActionKind.WEAPON_SURRENDERED, authority, caseNumber,
				"service weapon surrendered to the responding supervisor, Sgt. Teresa Alvarez", leave.plusSeconds(60),
				Actor.staff(DemoStories.NARRATOR));
		actions.record(miller, PersonnelActionKind.BADGE_SURRENDERED, authority, caseNumber,
				"badge surrendered to the responding supervisor, Sgt. Teresa Alvarez", leave.plusSeconds(90),
				Actor.staff(DemoStories.NARRATOR));
	}

	private static Instant earliest(Instant one, Instant other) {
		return one.isBefore(other) ? one : other;
	}
}
