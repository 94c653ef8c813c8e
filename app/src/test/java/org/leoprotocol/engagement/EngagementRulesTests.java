package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.leoprotocol.shared.InvalidInput;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngagementRulesTests {

	@Test
	void resultsShowCountsBelowFiveAsSuppressedAndNoAveragesUntilFiveAnswered() {
		SurveyResult four = SurveyResult.of(SurveyKind.EVENT, null, "Open house", Instant.EPOCH, 3, 4,
				List.of(4.0, 3.5, 5.0));
		assertThat(four.responses().shown()).isEqualTo("<5");
		assertThat(four.registered().shown()).isEqualTo("<5");
		assertThat(four.averagesShown()).isFalse();
		SurveyResult five = SurveyResult.of(SurveyKind.EVENT, null, "Open house", Instant.EPOCH, 12, 5,
				List.of(4.0, 3.5, 5.0));
		assertThat(five.responses().shown()).isEqualTo("5");
		assertThat(five.averages()).containsExactly(4.0, 3.5, 5.0);
		assertThat(SurveyResult.of(SurveyKind.INCIDENT, null, null, null, 0, 0, List.of(0.0, 0.0, 0.0)).responses()
			.shown()).isEqualTo("0");
	}

	@Test
	void aRegistrationNeedsANameAnAddressAPartyOfOneToTenAndTheFormsKey() {
		assertThat(new RegistrationRequest("Ana", "ana@example.org", 3, "abcdefghijklmnop").problems()).isEmpty();
		assertThat(new RegistrationRequest(" ", "ana@", 11, "short").problems())
			.containsOnlyKeys("name", "email", "partySize", "submissionKey");
	}

	@Test
	void anEventNeedsEveryDetailAndAKnownLanguage() {
		assertThat(new EventDetails("Open house", Instant.EPOCH, "Precinct", "Tour", 80, "en+es").problems()).isEmpty();
		assertThat(new EventDetails("", null, "", "", 0, "fr").problems())
			.containsOnlyKeys("title", "startsAt", "place", "activities", "capacity", "language");
	}

	@Test
	void ratingsAreFromOneToFiveAndABlankCommentIsNone() {
		assertThat(new Ratings(1, 5, 3, "  ").checked().comment()).isNull();
		assertThatThrownBy(() -> new Ratings(0, 5, 3, null).checked()).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> new Ratings(1, null, 3, null).checked()).isInstanceOf(InvalidInput.class);
	}

	@Test
	void privateTokensAreLongRandomAndStoredOnlyAsHashes() {
		String token = PrivateTokens.next();
		assertThat(token).hasSizeGreaterThanOrEqualTo(26).doesNotContain("=", "+", "/");
		assertThat(token).isNotEqualTo(PrivateTokens.next());
		assertThat(PrivateTokens.hash(token)).hasSize(32).isEqualTo(PrivateTokens.hash(token));
	}

	@Test
	void aPrivateTokenHashKeepsTheBytesStoredBeforeIt() {
		// Pinned with sha256sum of "engagement:" and the token: links already sent must keep opening.
		assertThat(HexFormat.of().formatHex(PrivateTokens.hash("q9Zk3x_-Tok")))
			.isEqualTo("08c1c38676a1ee446f7106b377effffe20fcc8538362c421de3ec8a3ec4d2b83");
	}
}
