package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HearingTests {

	static final Instant HELD = Instant.parse("2026-08-01T10:00:00Z");

	@Test
	void aStrictMajorityDecidesAndUnanimityIsRecognised() {
		assertThat(disciplinary("TERMINATION", "TERMINATION", "TERMINATION").majority()).isEqualTo("TERMINATION");
		assertThat(disciplinary("TERMINATION", "TERMINATION", "TERMINATION").unanimous()).isTrue();
		assertThat(disciplinary("TERMINATION", "SUSPENSION", "TERMINATION").majority()).isEqualTo("TERMINATION");
		assertThat(disciplinary("TERMINATION", "SUSPENSION", "TERMINATION").unanimous()).isFalse();
	}

	@Test
	void refusesADecisionWithoutAMajority() {
		assertThatThrownBy(() -> disciplinary("TERMINATION", "SUSPENSION").majority())
			.isInstanceOf(WrongState.class)
			.hasMessageStartingWith("investigations.refused.hearing.majority [2,");
		assertThatThrownBy(() -> disciplinary().majority()).isInstanceOf(WrongState.class);
	}

	@Test
	void eachMemberVotesOnceAndOnlyForAChoiceOfTheHearing() {
		Hearing hearing = disciplinary("TERMINATION");

		assertThatThrownBy(() -> hearing.checkVote("member-0", "SUSPENSION"))
			.hasMessage("investigations.refused.hearing.voted [member-0]");
		assertThatThrownBy(() -> hearing.checkVote("member-9", "CONCUR")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("investigations.refused.hearing.choice [CONCUR, disciplinary,");
		assertThat(hearing.checkVote("member-9", " suspension ")).isEqualTo("SUSPENSION");
	}

	@Test
	void aBoardReviewConcursOrDissents() {
		Hearing review = new Hearing(UUID.randomUUID(), InvestigationId.random(), Hearing.Purpose.BOARD_REVIEW, null,
				HELD,
				List.of(), null, null, List.of(), null, null);

		assertThat(review.checkVote("member-1", "dissent")).isEqualTo("DISSENT");
		assertThatThrownBy(() -> review.checkVote("member-1", "TERMINATION"))
			.isInstanceOf(InvalidInput.class);
	}

	private static Hearing disciplinary(String... choices) {
		List<Hearing.Vote> votes = new java.util.ArrayList<>();
		for (int i = 0; i < choices.length; i++) {
			votes.add(new Hearing.Vote("member-" + i, choices[i], HELD));
		}
		return new Hearing(UUID.randomUUID(), InvestigationId.random(), Hearing.Purpose.DISCIPLINARY,
				OfficerId.random(), HELD,
				List.of(new Hearing.Attendee("Frank Doyle", "union representative")), "footage", "minutes", votes, null,
				null);
	}
}
