package org.leoprotocol.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.complaints.Acknowledgement;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.FiledFor;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.NamedOfficer;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recording history: a complaint received years ago and its case, closed with a finding, keep their own dates on the
 * case, its findings and the complaint's public stages.
 */
@LeoIntegrationTest
class PastCaseIntegrationTests {

	@Autowired
	ComplaintIntake intake;
	@Autowired
	Investigations investigations;
	@Autowired
	Roster roster;

	@Test
	void aComplaintOfThePastAndItsClosedCaseKeepTheirDates() {
		roster.establishUnit("PAST-HQ", "History test headquarters", null);
		String badge = "P" + UUID.randomUUID().toString().substring(0, 8);
		OfficerId officer = roster.enlist(new NewOfficer(badge, "Paula", "Past", "Police Officer", "PAST-HQ",
				LocalDate.of(2010, 1, 1), null));
		Instant received = Instant.parse("2022-03-01T10:00:00Z");
		Instant closed = Instant.parse("2022-05-20T10:00:00Z");
		String key = "past-complaint-" + badge;
		Submission submission = new Submission(Kind.COMPLAINT, FiledFor.SELF, false, "Fictitious complainant", null,
				null, false, null, null, null, "Harbour Road", "The officer was rude to me.",
				List.of(new NamedOfficer(badge, "Paula Past", null)));
		Acknowledgement filed = intake.fileReceivedAt(submission, key, received);
		ComplaintId complaint = intake.idOf(filed.trackingCode());

		Investigation past = investigations.recordClosedCase(new PastCase(CaseType.CITIZEN_COMPLAINT, complaint,
				"Discourtesy", List.of(new NewAllegation(officer, Category.DISCOURTESY, "Rude at a traffic stop")),
				List.of(Finding.NOT_SUSTAINED), "Not enough evidence", "investigator.past", "command.past",
				received.plusSeconds(86400), closed));

		assertThat(past.status()).isEqualTo(InvestigationStatus.CLOSED);
		assertThat(past.caseNumber()).startsWith("IA-2022-");
		assertThat(past.closedAt()).isEqualTo(closed);
		assertThat(investigations.findingHistory(past.id())).extracting(FindingRecord::stage, FindingRecord::recordedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingStage.RECOMMENDED, "investigator.past"),
					org.assertj.core.groups.Tuple.tuple(FindingStage.FINAL, "command.past"));
		assertThat(intake.history(complaint)).extracting(change -> change.stage())
			.containsExactly(Stage.RECEIVED, Stage.UNDER_INVESTIGATION, Stage.FINDINGS_IN_REVIEW, Stage.CLOSED);
		assertThat(intake.history(complaint).get(0).changedAt()).isEqualTo(received);
		assertThat(intake.history(complaint).get(3).changedAt()).isEqualTo(closed);
		assertThat(intake.fileReceivedAt(submission, key, received).repeated())
			.as("stored once").isTrue();
	}

	@Test
	void theInvestigatorNeverDecidesAPastCaseAndNoPastCaseClosesBeforeItOpens() {
		Instant opened = Instant.parse("2023-01-10T10:00:00Z");
		List<NewAllegation> allegations = List
			.of(new NewAllegation(new OfficerId(UUID.randomUUID()), Category.FORCE, "Pushed"));
		assertThatThrownBy(() -> new PastCase(CaseType.INTERNAL, null, "Force", allegations,
				List.of(Finding.EXONERATED), null, "same", "same", opened, opened.plusSeconds(60)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("investigations.refused.pastCase.separation");
		assertThatThrownBy(() -> new PastCase(CaseType.INTERNAL, null, "Force", allegations,
				List.of(Finding.EXONERATED), null, "one", "other", opened, opened.minusSeconds(60)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("investigations.refused.pastCase.dates");
	}
}
