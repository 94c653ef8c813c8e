package org.leoprotocol.evidence.export;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An export's failure reason is kept as a key with its arguments; sentences stored before keys still read back. */
class FailureReasonTests {

	@Test
	void aReasonReadsBackAsTheKeyAndArgumentsItWasStoredWith() {
		FailureReason reason = FailureReason.of("evidence.export.failure.no-ffmpeg", "/usr/bin/ffmpeg");

		assertThat(reason.stored()).isEqualTo("evidence.export.failure.no-ffmpeg|/usr/bin/ffmpeg");
		assertThat(FailureReason.read(reason.stored())).isEqualTo(reason);
		assertThat(FailureReason.read(null)).isNull();
	}

	@Test
	void anEnglishSentenceOfAKnownFormReadsBackAsItsKeyAndAnyOtherVerbatim() {
		assertThat(FailureReason.read("Interrupted: the server producing this copy stopped before it was ready"
				+ " (no progress for 10 minutes). Start the export again."))
			.isEqualTo(new FailureReason(FailureReason.STALLED, List.of("10")));
		assertThat(FailureReason.read("ffmpeg could not re-encode the video (exit 1)"))
			.isEqualTo(new FailureReason("evidence.export.failure.ffmpeg-exit", List.of("1")));
		assertThat(FailureReason.read("The video export was interrupted"))
			.isEqualTo(new FailureReason("evidence.export.failure.interrupted", List.of()));
		assertThat(FailureReason.read("Disk full"))
			.isEqualTo(new FailureReason(FailureReason.OTHER, List.of("Disk full")));
	}
}
