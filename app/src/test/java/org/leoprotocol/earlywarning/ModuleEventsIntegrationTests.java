package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.FindingRecorded;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolFindingRecorded;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Early warning follows the other modules on its own: a protocol finding, a final finding of an investigation and a
 * commendation reach the officer's indicators and flag within seconds of being committed, and the same event delivered
 * again (as the publication registry does after a crash) changes nothing.
 */
@LeoIntegrationTest
class ModuleEventsIntegrationTests {

	private static final Duration SOON = Duration.ofSeconds(5);

	@Autowired
	EarlyWarning earlyWarning;
	@Autowired
	Roster roster;
	@Autowired
	Investigations investigations;
	@Autowired
	Investigators investigators;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	Clock clock;
	@Autowired
	ProtocolFindingListener protocolFindings;
	@Autowired
	InvestigationFindingListener investigationFindings;
	@Autowired
	CommendationListener commendations;

	@Test
	void aProtocolFindingRaisesTheOfficersFlagOnce() {
		OfficerId officer = enlist("83001");
		var recorded = new ProtocolFindingRecorded(UUID.randomUUID(), IncidentId.random(),
				FindingKind.ON_SCENE_BEFORE_ENGAGEMENT,
				officer, Duration.ofMinutes(11).plusSeconds(42), "On scene 11:42 before first engagement",
				clock.instant());

		publish(recorded);

		UUID tracked = earlyWarning.trackedOfficer(officer);
		await().atMost(SOON).until(() -> earlyWarning.indicators(tracked, null).protocolFindings() == 1);
		assertThat(earlyWarning.recompute(tracked)).isPresent();
		Indicators before = earlyWarning.indicators(tracked, null);
		protocolFindings.on(recorded);
		assertThat(earlyWarning.indicators(tracked, null)).isEqualTo(before);
		assertThat(earlyWarning.protocolFindings(tracked)).singleElement()
			.satisfies(entry -> assertThat(entry.description()).isEqualTo("On scene 11:42 before first engagement"));
	}

	@Test
	void onlyTheFinalFindingOfAnInvestigationCounts() {
		OfficerId officer = enlist("83002");
		Investigation opened = CasesInReview.open(investigations, investigators, "ew-events-investigator", officer,
				org.leoprotocol.investigations.Category.DISCOURTESY, "dismissive to a parent");
		AllegationId allegation = opened.allegations().get(0).id();
		UUID tracked = earlyWarning.trackedOfficer(officer);
		assertThat(earlyWarning.indicators(tracked, null).complaints5y()).isZero();

		investigations.recordFinding(opened.id(), allegation, FindingStage.FINAL,
				org.leoprotocol.investigations.Finding.NOT_SUSTAINED,
				null, null, Actor.staff("test"));

		await().atMost(SOON).until(() -> earlyWarning.indicators(tracked, null).notSustained2y() == 1);
		Indicators before = earlyWarning.indicators(tracked, null);
		assertThat(before.complaints5y()).isEqualTo(1);
		investigationFindings.on(new FindingRecorded(opened.id(), opened.caseNumber(), allegation, officer,
				org.leoprotocol.investigations.Category.DISCOURTESY, FindingStage.FINAL,
				org.leoprotocol.investigations.Finding.NOT_SUSTAINED,
				clock.instant()));
		assertThat(earlyWarning.indicators(tracked, null)).isEqualTo(before);
	}

	@Test
	void aCommendationReachesEveryNamedOfficerOnce() {
		OfficerId first = enlist("83003");
		OfficerId second = enlist("83004");
		var received = new CommendationReceived(ComplaintId.random(), clock.instant(), List.of(first, second));

		publish(received);

		UUID one = earlyWarning.trackedOfficer(first);
		UUID other = earlyWarning.trackedOfficer(second);
		await().atMost(SOON).until(() -> earlyWarning.indicators(one, null).commendations2y() == 1
				&& earlyWarning.indicators(other, null).commendations2y() == 1);
		commendations.on(received);
		assertThat(earlyWarning.commendations(one)).hasSize(1);
		assertThat(earlyWarning.commendations(other)).hasSize(1);
	}

	private OfficerId enlist(String badge) {
		return roster.enlist(new NewOfficer(badge, "Events", "Subject " + badge, "Police Officer", null, null, null));
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}
}
