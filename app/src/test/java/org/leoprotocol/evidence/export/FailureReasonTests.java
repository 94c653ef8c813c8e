package org.leoprotocol.evidence.export;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.phrase.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

/** An export's failure reason is kept as a key with its arguments; sentences stored before keys still read back. */
class FailureReasonTests {

	@Test
	void aReasonReadsBackAsTheKeyAndArgumentsItWasStoredWith() {
		Sentence reason = Sentence.ofText("evidence.export.failure.no-ffmpeg", "/usr/bin/ffmpeg");

		assertThat(reason.stored()).isEqualTo("evidence.export.failure.no-ffmpeg|/usr/bin/ffmpeg");
		assertThat(FailureReason.read(reason.stored())).isEqualTo(reason);
		assertThat(FailureReason.read(null)).isNull();
	}

	@Test
	void aLineStoredBeforeArgumentsWereEscapedReadsBackAsItWasWritten() {
		// the former writer turned a | inside an argument into / and left a backslash single
		assertThat(FailureReason.read("evidence.export.failure.no-ffmpeg|C:\\Program Files\\ffmpeg/bin"))
			.isEqualTo(new Sentence("evidence.export.failure.no-ffmpeg", List.of("C:\\Program Files\\ffmpeg/bin")));
		assertThat(FailureReason.read("evidence.export.failure.other|disk a/b full\\"))
			.isEqualTo(new Sentence(FailureReason.OTHER, List.of("disk a/b full\\")));
	}

	@Test
	void aReasonNowKeepsABarAndABackslashInsideAnArgument() {
		Sentence reason = Sentence.ofText(FailureReason.OTHER, "pipe | broken at C:\\temp");

		assertThat(reason.stored()).isEqualTo("evidence.export.failure.other|pipe \\| broken at C:\\\\temp");
		assertThat(FailureReason.read(reason.stored())).isEqualTo(reason);
	}

	@Test
	void anEnglishSentenceOfAKnownFormReadsBackAsItsKeyAndAnyOtherVerbatim() {
		assertThat(FailureReason.read("Interrupted: the server producing this copy stopped before it was ready"
				+ " (no progress for 10 minutes). Start the export again."))
			.isEqualTo(new Sentence(FailureReason.STALLED, List.of("10")));
		assertThat(FailureReason.read("ffmpeg could not re-encode the video (exit 1)"))
			.isEqualTo(new Sentence("evidence.export.failure.ffmpeg-exit", List.of("1")));
		assertThat(FailureReason.read("The video export was interrupted"))
			.isEqualTo(new Sentence("evidence.export.failure.interrupted", List.of()));
		assertThat(FailureReason.read("Disk full"))
			.isEqualTo(new Sentence(FailureReason.OTHER, List.of("Disk full")));
	}
}
