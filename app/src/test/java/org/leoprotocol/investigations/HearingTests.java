package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.OfficerId;

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
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("No choice has a majority of the 2 votes cast");
		assertThatThrownBy(() -> disciplinary().majority()).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void eachMemberVotesOnceAndOnlyForAChoiceOfTheHearing() {
		Hearing hearing = disciplinary("TERMINATION");

		assertThatThrownBy(() -> hearing.checkVote("member-0", "SUSPENSION"))
			.hasMessage("member-0 has already voted in this hearing");
		assertThatThrownBy(() -> hearing.checkVote("member-9", "CONCUR")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("is not a choice of a disciplinary hearing");
		assertThat(hearing.checkVote("member-9", " suspension ")).isEqualTo("SUSPENSION");
	}

	@Test
	void aBoardReviewConcursOrDissents() {
		Hearing review = new Hearing(UUID.randomUUID(), InvestigationId.random(), Hearing.Purpose.BOARD_REVIEW, null,
				HELD,
				List.of(), null, null, List.of(), null, null);

		assertThat(review.checkVote("member-1", "dissent")).isEqualTo("DISSENT");
		assertThatThrownBy(() -> review.checkVote("member-1", "TERMINATION"))
			.isInstanceOf(IllegalArgumentException.class);
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
