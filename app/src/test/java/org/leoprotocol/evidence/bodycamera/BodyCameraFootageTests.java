package org.leoprotocol.evidence.bodycamera;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyCameraFootageTests {

	private static FootageSpan span(ClipPlacement placement, String problem) {
		return new FootageSpan(null, null, null, null, null, placement, problem);
	}

	@Test
	void aClipFfprobeCouldNotReadKeepsFfprobesWordsWithTheKeyOfItsNote() {
		String note = BodyCameraFootage.note(span(ClipPlacement.UNREADABLE, "moov atom not found | twice"));

		assertThat(note).isEqualTo("footage.note.UNREADABLE|moov atom not found \\| twice");
		assertThat(BodyCameraFootage.problem(note)).isEqualTo("moov atom not found | twice");
	}

	@Test
	void aNoteIsTheKeyOfItsSentenceAloneWhenThereIsNothingToQuote() {
		assertThat(BodyCameraFootage.note(span(ClipPlacement.NO_START, null))).isEqualTo("footage.note.NO_START");
		assertThat(BodyCameraFootage.problem("footage.note.NO_START")).isNull();
	}

	@Test
	void aNoteKeptInEnglishBeforeNotesWereSentencesStillGivesFfprobesWords() {
		String old = "Accepted, but its span could not be placed on a timeline: its metadata could not be read "
				+ "(Invalid data found when processing input).";

		assertThat(BodyCameraFootage.problem(old)).isEqualTo("Invalid data found when processing input");
		assertThat(BodyCameraFootage.problem("Placed from the file's own metadata: recording …")).isNull();
	}
}
