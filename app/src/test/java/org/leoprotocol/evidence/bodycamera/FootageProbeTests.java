package org.leoprotocol.evidence.bodycamera;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What ffprobe's JSON says about a recording: its start, its length and the camera's serial. */
class FootageProbeTests {

	@Test
	void theStartLengthAndSerialAreReadFromTheContainerOrItsStreams() {
		FootageMetadata metadata = FootageProbe
			.parse("""
					{"streams":[{"codec_type":"video","tags":{"creation_time":"2026-06-13T14:07:50.000000Z","DeviceSerial":"X6031234"}}],
					 "format":{"duration":"790.040000","tags":{"major_brand":"isom"}}}
					""");
		assertThat(metadata.start()).isEqualTo(Instant.parse("2026-06-13T14:07:50Z"));
		assertThat(metadata.serial()).isEqualTo("X6031234");
		assertThat(metadata.stop()).isEqualTo(Instant.parse("2026-06-13T14:21:00.040Z"));
		assertThat(metadata.duration()).isEqualTo(Duration.ofMillis(790_040));
	}

	@Test
	void aFileWithoutACreationTimeHasNoStartAndNoStop() {
		FootageMetadata metadata = FootageProbe.parse("""
				{"streams":[],"format":{"duration":"N/A","tags":{"creation_time":"not a time"}}}
				""");
		assertThat(metadata.start()).isNull();
		assertThat(metadata.stop()).isNull();
		assertThat(metadata.problem()).contains("not a time");
		assertThat(FootageProbe.parse("{\"format\":{\"duration\":\"2.0\"}}").start()).isNull();
	}
}
