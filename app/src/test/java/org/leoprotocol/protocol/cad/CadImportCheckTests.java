package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.HistoricalEntry;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.HistoricalPerson;
import org.leoprotocol.protocol.HistoricalRelease;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.RaisedEscalation;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.protocol.RecordedDecision;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.ProtocolDraftsTests;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.web.RefusalWords;

import static org.assertj.core.api.Assertions.assertThat;

class CadImportCheckTests {

	static final Instant REPORTED = Instant.parse("2024-05-03T09:00:00Z");
	static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
	static final Map<String, OfficerId> ROSTER = Map.of("2218", new OfficerId(UUID.randomUUID()), "512",
			new OfficerId(UUID.randomUUID()));
	static final ProtocolVersion VERSION = new ProtocolVersion(1, "First", Instant.EPOCH, "leo", "why",
			List.of(ProtocolDraftsTests.ENGAGE));

	final CadImportCheck check = new CadImportCheck(VERSION, badge -> Optional.ofNullable(ROSTER.get(badge)), NOW);

	@Test
	void aCompleteIncidentPassesAndKeepsOnlyTheDocumentsLastFourCharacters() {
		CadImportCheck.Checked checked = check
			.check(incident(List.of(at(20, TimelineEventType.ARRIVED, "2218"), engaged(40)),
					List.of(new RaisedEscalation("ENGAGE_PERSON", 1, REPORTED.plusSeconds(30))),
					release("7710", "2218")));

		assertThat(checked.problems().stream().map(CadImportCheckTests::said).toList()).isEmpty();
		assertThat(checked.person().name()).isEqualTo("Malakai Tupou");
		assertThat(checked.verification().document().lastFour()).isEqualTo("7710");
		assertThat(checked.officer("2218")).isEqualTo(ROSTER.get("2218"));
	}

	@Test
	void timesOutOfOrderBeforeTheReportAfterTheClosingOrInTheFutureAreEachNamed() {
		CadImportCheck.Checked checked = check.check(incident(
				List.of(engaged(40), at(20, TimelineEventType.ARRIVED, "2218"),
						at(-60, TimelineEventType.CLEARED, "2218"), at(7200, TimelineEventType.CLEARED, "2218")),
				List.of(), null));

		assertThat(checked.problems().stream().map(CadImportCheckTests::said).toList()).containsExactly(
				"timeline entry 2: the times are out of order (2024-05-03T09:00:20Z comes after an entry at 2024-05-03T09:00:40Z)",
				"timeline entry 3: 2024-05-03T08:59:00Z is before the report was received (2024-05-03T09:00:00Z)",
				"timeline entry 3: the times are out of order (2024-05-03T08:59:00Z comes after an entry at 2024-05-03T09:00:20Z)",
				"timeline entry 4: 2024-05-03T11:00:00Z is after the incident was closed (2024-05-03T10:00:00Z)");
		HistoricalIncident future = new HistoricalIncident("CAD-1", IncidentKind.FOUND_CHILD, null, 1,
				NOW.plusSeconds(3600), null,
				"Palm Avenue", person(), List.of(), List.of(), null, null, NOW.plusSeconds(7200));
		assertThat(check.check(future).problems().stream().map(CadImportCheckTests::said).toList()).contains(
				"the report: 2026-01-01T01:00:00Z lies in the future",
				"the closing: 2026-01-01T02:00:00Z lies in the future");
	}

	@Test
	void unknownStepsLevelsAndBadgesAreRefused() {
		CadImportCheck.Checked checked = check.check(incident(
				List.of(at(20, TimelineEventType.ARRIVED, "9999"),
						new HistoricalEntry(REPORTED.plusSeconds(30),
								TimelineEventType.STEP_DONE, "2218", null, "NCIC_ENTRY", null)),
				List.of(new RaisedEscalation("ENGAGE_PERSON", 5, REPORTED.plusSeconds(60)),
						new RaisedEscalation("DANCE", 1, REPORTED.plusSeconds(60))),
				null));

		assertThat(checked.problems().stream().map(CadImportCheckTests::said).toList()).containsExactly(
				"timeline entry 1: no officer with badge number 9999 on the roster",
				"timeline entry 2: unknown step code NCIC_ENTRY in protocol version 1",
				"escalation 1: step ENGAGE_PERSON has no escalation level 5 in protocol version 1",
				"escalation 2: unknown step code DANCE in protocol version 1");
	}

	@Test
	void aReleaseNeedsTheSameVerificationAsALiveOne() {
		assertThat(check.check(incident(List.of(), List.of(), release("D123-4567-4821", "2218"))).problems().stream()
			.map(CadImportCheckTests::said).toList())
			.containsExactly(
					"the release: Record only the last four characters of the document number, never the full number");
		assertThat(check.check(incident(List.of(), List.of(), release("4821", null))).problems().stream()
			.map(CadImportCheckTests::said).toList())
			.singleElement().asString().contains("Missing: the verifying officer");
	}

	@Test
	void aNoteNeverNamesThePersonAndCameraEntriesNameTheirDevice() {
		CadImportCheck.Checked checked = check.check(incident(List.of(
				new HistoricalEntry(REPORTED.plusSeconds(10), TimelineEventType.RECORDING_STARTED, "2218",
						null, null, null),
				new HistoricalEntry(REPORTED.plusSeconds(20), TimelineEventType.BROADCAST_ISSUED, "2218", null,
						null,
						"Found: MALAKAI TUPOU, blue sandals"),
				new HistoricalEntry(REPORTED.plusSeconds(30), TimelineEventType.FINDING_RECORDED, null, null,
						null, null)),
				List.of(), null));

		assertThat(checked.problems().stream().map(CadImportCheckTests::said).toList()).containsExactly(
				"timeline entry 1: name the body-camera device",
				"timeline entry 2: a note must never contain the person's name",
				"timeline entry 3: the type must be one of [ARRIVED, ASSIGNED, BROADCAST_ISSUED, CLEARED, RECORDING_STARTED, RECORDING_STOPPED, STEP_DONE]");
	}

	@Test
	void aDecisionNeedsItsKindAndAReason() {
		HistoricalIncident decided = new HistoricalIncident("CAD-2024-0503-18", IncidentKind.FOUND_CHILD, null, 1,
				REPORTED, null,
				"Palm Avenue", person(), List.of(), List.of(), null, List.of(
						new RecordedDecision(DecisionKind.NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES,
								"fine", REPORTED, "2218"),
						new RecordedDecision(null, "The family was already known to be attentive.",
								REPORTED, "777")),
				REPORTED.plusSeconds(3600));

		assertThat(check.check(decided).problems().stream().map(CadImportCheckTests::said).toList()).containsExactly(
				"decision 1: give the reason in 10 to 2000 characters",
				"decision 2: say which decision (one of [REFERRAL_TO_CHILD_PROTECTIVE_SERVICES, NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES, AMBER_ALERT_REQUESTED, NO_AMBER_ALERT, OTHER])",
				"decision 2: no officer with badge number 777 on the roster");
	}

	@Test
	void missingEssentialsAreListedTogether() {
		assertThat(new CadImportCheck(null, badge -> Optional.empty(), NOW).check(new HistoricalIncident(" ", null,
				null, 9, null, null,
				null, null, null, null, null, null, null))
			.problems().stream().map(CadImportCheckTests::said).toList()).containsExactly(
					"the CAD incident number is missing",
					"the kind is missing (one of [FOUND_CHILD, MISSING_CHILD, VULNERABLE_ADULT_FOUND, MISSING_VULNERABLE_ADULT])",
					"the location is missing", "there is no protocol version 9",
					"the person is missing (at least a description)",
					"the time the report was received (reportedAt) is missing",
					"the time the incident was closed (resolvedAt) is missing; only closed incidents are imported");
	}

	/** A problem as an English reader reads it, from the refusals bundle. */
	static String said(Sentence problem) {
		return RefusalWords.english(problem);
	}

	private static HistoricalIncident incident(List<HistoricalEntry> timeline,
			List<RaisedEscalation> escalations, HistoricalRelease release) {
		return new HistoricalIncident("CAD-2024-0503-17", IncidentKind.FOUND_CHILD, Priority.HIGH, 1, REPORTED, null,
				"Palm Avenue",
				person(), timeline, escalations, release, List.of(), REPORTED.plusSeconds(3600));
	}

	private static HistoricalPerson person() {
		return new HistoricalPerson("Malakai Tupou", 4, "boy, blue sandals, stuffed puppy", Condition.UNHARMED,
				Set.of(RiskFactor.OUT_OF_ZONE_OF_SAFETY));
	}

	private static HistoricalEntry at(int seconds, TimelineEventType type, String badge) {
		return new HistoricalEntry(REPORTED.plusSeconds(seconds), type, badge, null, null, null);
	}

	private static HistoricalEntry engaged(int seconds) {
		return new HistoricalEntry(REPORTED.plusSeconds(seconds), TimelineEventType.STEP_DONE, "2218", null,
				"ENGAGE_PERSON",
				"knelt to eye level");
	}

	private static HistoricalRelease release(String lastFour, String verifier) {
		return new HistoricalRelease(REPORTED.plusSeconds(480), "Mele Tupou", "mother",
				new HistoricalIncident.Document("Driver licence", "State", lastFour), true, Recognition.RECOGNISED,
				null, true,
				"mother, sole parent", verifier, null);
	}
}
