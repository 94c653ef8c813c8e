package org.leoprotocol.protocol.finding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.timeline.Provenance;
import org.leoprotocol.protocol.timeline.TimelineEntry;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class GapAnalysisTests {

	/** The finding's sentences as the incident page's bundle says them. */
	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/incident-page");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	static String english(Finding finding) {
		return MESSAGES.getMessage(finding.summary(), Locale.ENGLISH);
	}

	static String spanish(Finding finding) {
		return MESSAGES.getMessage(finding.summary(), Locale.forLanguageTag("es"));
	}

	static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
	static final OfficerId MILLER = new OfficerId(UUID.fromString("00000000-0000-0000-0000-000000000734"));

	final List<TimelineEntry> timeline = new ArrayList<>();

	@Test
	void reportsTheTimeOnSceneBeforeFirstEngagement() {
		event(3, 0, TimelineEventType.ARRIVED);
		step(14, 42, "ENGAGE_PERSON");

		assertThat(analysis().onSceneBeforeEngagement()).hasValueSatisfying(finding -> {
			assertThat(finding.measured()).isEqualTo(Duration.ofMinutes(11).plusSeconds(42));
			assertThat(english(finding)).startsWith("on scene 11:42 before first engagement");
			assertThat(spanish(finding)).startsWith("en el lugar durante 11:42 antes del primer contacto");
			assertThat(finding.officer()).isEqualTo(MILLER);
		});
	}

	@Test
	void anEngagementWithinTheWindowOnCameraAndAVerifiedReleaseAreNoFinding() {
		event(0, -10, TimelineEventType.RECORDING_STARTED);
		event(0, 0, TimelineEventType.ARRIVED);
		step(0, 20, "ENGAGE_PERSON");
		event(8, 0, TimelineEventType.RELEASE_VERIFIED);
		event(9, 0, TimelineEventType.CLEARED);

		assertThat(analysis().findings()).isEmpty();
	}

	@Test
	void measuresHowLongTheCameraWasOffDuringTheEngagement() {
		event(2, 50, TimelineEventType.RECORDING_STARTED);
		event(3, 0, TimelineEventType.ARRIVED);
		step(14, 42, "ENGAGE_PERSON");
		event(16, 0, TimelineEventType.RECORDING_STOPPED);
		event(21, 0, TimelineEventType.RECORDING_STARTED);
		event(24, 0, TimelineEventType.RELEASE_VERIFIED);

		assertThat(analysis().cameraOffDuringEngagement()).hasValueSatisfying(finding -> {
			assertThat(finding.measured()).isEqualTo(Duration.ofMinutes(5));
			assertThat(english(finding)).as("the times shown are when the camera was off, not the whole engagement")
				.isEqualTo("camera off 5:00 during engagement (14:16:00–14:21:00 UTC)");
			assertThat(spanish(finding)).as("a Spanish reader reads the finding in Spanish")
				.isEqualTo("cámara apagada durante 5:00 en el contacto (14:16:00–14:21:00 UTC)");
		});
	}

	@Test
	void namesEachSpanTheCameraWasOffSoThatTheyAddUpToTheMeasure() {
		event(0, 0, TimelineEventType.ARRIVED);
		step(1, 0, "ENGAGE_PERSON");
		event(2, 0, TimelineEventType.RECORDING_STARTED);
		event(4, 0, TimelineEventType.RECORDING_STOPPED);
		event(4, 30, TimelineEventType.RECORDING_STARTED);
		event(5, 0, TimelineEventType.RECORDING_STOPPED);
		event(6, 0, TimelineEventType.CLEARED);

		assertThat(analysis().cameraOffDuringEngagement()).hasValueSatisfying(finding -> {
			assertThat(finding.measured()).isEqualTo(Duration.ofMinutes(2).plusSeconds(30));
			assertThat(english(finding))
				.isEqualTo("camera off 2:30 during engagement (14:01:00–14:02:00, 14:04:00–14:04:30, "
						+ "14:05:00–14:06:00 UTC)");
		});
	}

	@Test
	void aCameraNeverStartedIsOffForTheWholeEngagement() {
		event(0, 0, TimelineEventType.ARRIVED);
		step(1, 0, "ENGAGE_PERSON");
		event(7, 0, TimelineEventType.CLEARED);

		assertThat(analysis().cameraOffDuringEngagement())
			.hasValueSatisfying(finding -> assertThat(finding.measured()).isEqualTo(Duration.ofMinutes(6)));
	}

	@Test
	void aUnitClearingAFoundChildWithoutAVerifiedReleaseIsAFinding() {
		event(0, 0, TimelineEventType.ARRIVED);
		event(20, 0, TimelineEventType.CLEARED);

		assertThat(analysis().releasedWithoutVerification())
			.hasValueSatisfying(finding -> assertThat(english(finding)).startsWith("released without verification"));
	}

	@Test
	void aVerifiedReleaseBeforeClearingIsNoFinding() {
		event(0, 0, TimelineEventType.ARRIVED);
		event(19, 0, TimelineEventType.RELEASE_VERIFIED);
		event(20, 0, TimelineEventType.CLEARED);

		assertThat(analysis().releasedWithoutVerification()).isEmpty();
	}

	@Test
	void whereFootageOfTheOfficersCameraExistsItAloneMeasuresTheGapAndOverlappingClipsCountOnce() {
		event(2, 50, TimelineEventType.RECORDING_STARTED);
		footage(2, 50, TimelineEventType.RECORDING_STARTED);
		event(3, 0, TimelineEventType.ARRIVED);
		step(14, 42, "ENGAGE_PERSON");
		footage(15, 0, TimelineEventType.RECORDING_STARTED);
		footage(16, 0, TimelineEventType.RECORDING_STOPPED);
		footage(16, 30, TimelineEventType.RECORDING_STOPPED);
		footage(21, 0, TimelineEventType.RECORDING_STARTED);
		event(24, 0, TimelineEventType.RELEASE_VERIFIED);
		footage(30, 0, TimelineEventType.RECORDING_STOPPED);

		assertThat(analysis().cameraOffDuringEngagement())
			.as("the hand-typed start alone would say the camera never stopped")
			.hasValueSatisfying(finding -> {
				assertThat(finding.measured()).isEqualTo(Duration.ofMinutes(4).plusSeconds(30));
				assertThat(english(finding))
					.isEqualTo("camera off 4:30 during engagement (14:16:30–14:21:00 UTC); from body-camera footage");
			});
	}

	void footage(int minutes, int seconds, TimelineEventType type) {
		timeline.add(new TimelineEntry(at(minutes, seconds), type, MILLER, "X6031234", null, "from footage", "leo",
				at(minutes, seconds),
				null, null, null, Provenance.FOOTAGE));
	}

	GapAnalysis analysis() {
		return new GapAnalysis(IncidentKind.FOUND_CHILD, timeline, Duration.ofMinutes(2));
	}

	void event(int minutes, int seconds, TimelineEventType type) {
		timeline.add(TimelineEntry.of(at(minutes, seconds), type, MILLER, null, "test", at(minutes, seconds)));
	}

	void step(int minutes, int seconds, String code) {
		timeline.add(TimelineEntry
			.of(at(minutes, seconds), TimelineEventType.STEP_DONE, MILLER, null, "test", at(minutes, seconds))
			.forStep(code));
	}

	static Instant at(int minutes, int seconds) {
		return T0.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds);
	}
}
