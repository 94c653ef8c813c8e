package org.leoprotocol.complaints;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.WrongState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTests {

	@Test
	void aComplaintMovesForwardButNeverBackToReceivedNorOutOfClosed() {
		assertThat(complaint(Kind.COMPLAINT, Stage.RECEIVED).requireMove(Stage.UNDER_INVESTIGATION))
			.isEqualTo(Stage.UNDER_INVESTIGATION);
		assertThatThrownBy(() -> complaint(Kind.COMPLAINT, Stage.UNDER_REVIEW).requireMove(Stage.RECEIVED))
			.isInstanceOf(WrongState.class).hasMessage("complaints.refused.move.received [word.complaint.COMPLAINT]");
		assertThatThrownBy(() -> complaint(Kind.COMPLAINT, Stage.CLOSED).requireMove(Stage.UNDER_REVIEW))
			.hasMessage(
					"complaints.refused.move.ended [word.complaint.COMPLAINT, word.stage.CLOSED, word.stage.UNDER_REVIEW]");
	}

	@Test
	void aCommendationGoesToTheOfficersRecordNotToAnInvestigation() {
		assertThat(complaint(Kind.COMMENDATION, Stage.RECEIVED).requireMove(Stage.FORWARDED))
			.isEqualTo(Stage.FORWARDED);
		assertThatThrownBy(() -> complaint(Kind.COMMENDATION, Stage.RECEIVED).requireMove(Stage.UNDER_INVESTIGATION))
			.isInstanceOf(WrongState.class);
	}

	private static Complaint complaint(Kind kind, Stage stage) {
		Submission submission = kind == Kind.COMPLAINT ? SubmissionFixtures.aComplaintAbout("734")
				: SubmissionFixtures.aCommendationOf("2218");
		return new Complaint(ComplaintId.random(), "ABCD-EFGH-JKMN", kind, stage, submission, List.of(), Instant.EPOCH,
				null);
	}
}
