package org.leoprotocol.personnel;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.phrase.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReasonTests {

	@Test
	void leosSentenceIsReadFromTheFirstLineAndTheTypedReasonWordForWordBelowIt() {
		String stored = StatusReason.said("ordered.SUSPENSION", " pending the hearing\nsecond line | kept ", "deputy",
				"watch");

		assertThat(StatusReason.sentence(stored))
			.contains(Sentence.ofText("personnel.reason.ordered.SUSPENSION", "deputy", "watch"));
		assertThat(StatusReason.typed(stored)).isEqualTo("pending the hearing\nsecond line | kept");
	}

	@Test
	void aReasonKeptInEnglishBeforeLeoGaveSentencesIsReadAsTyped() {
		String old = "termination: sustained findings (proposed by deputy, approved by watch)";

		assertThat(StatusReason.sentence(old)).isEmpty();
		assertThat(StatusReason.typed(old)).isEqualTo(old);
	}

	@Test
	void aSentenceWithoutATypedReasonLeavesNothingTyped() {
		String stored = StatusReason.said("ordered.REINSTATEMENT", " ", "a", "b");

		assertThat(StatusReason.sentence(stored)).isPresent();
		assertThat(StatusReason.typed(stored)).isNull();
	}

	@Test
	void aTypedReasonThatBeginsLikeLeosKeyIsKeptBelowLeosReasonGivenAndReadAsTyped() {
		String typed = "personnel.reason.ordered.TERMINATION|me|me";

		String kept = StatusReason.typedAlone(typed);

		assertThat(StatusReason.sentence(kept)).contains(Sentence.ofText("personnel.reason.typed"));
		assertThat(StatusReason.typed(kept)).isEqualTo(typed);
		assertThat(StatusReason.typedAlone("Off sick")).isEqualTo("Off sick");
	}
}
