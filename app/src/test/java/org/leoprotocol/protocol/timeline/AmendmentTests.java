package org.leoprotocol.protocol.timeline;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmendmentTests {

	static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
	static final OfficerId DEPUTY = new OfficerId(UUID.randomUUID());
	static final OfficerId COMMANDER = new OfficerId(UUID.randomUUID());
	static final Actor PROPOSER = new Actor("lt.commander", Set.of(Role.COMMAND), COMMANDER.value(), null, null);
	static final Actor SERGEANT = new Actor("sgt.alvarez", Set.of(Role.SUPERVISOR), null, null, null);
	static final TimelineEntry STEP = new TimelineEntry(T0, TimelineEventType.STEP_DONE, COMMANDER, null,
			"ENGAGE_PERSON", null,
			"lt.commander", T0, COMMANDER, 17L, null);

	@Test
	void anAmendmentNamesWhoReallyDidItAndWhyAndWaitsForApproval() {
		Amendment amendment = propose("The deputy engaged the child; I only recorded it.");

		assertThat(amendment.entry()).isEqualTo(17L);
		assertThat(amendment.recordedPerformer()).isEqualTo(COMMANDER);
		assertThat(amendment.performedBy()).isEqualTo(DEPUTY);
		assertThat(amendment.approved()).isFalse();
	}

	@Test
	void anAmendmentWithoutAReasonIsRefused() {
		assertThatThrownBy(() -> propose("  ")).isInstanceOfSatisfying(AttributionRefused.class, refused -> {
			assertThat(refused.messageKey()).isEqualTo("protocol-acts.amendment.reason-required");
			assertThat(refused.status()).isEqualTo(400);
		});
	}

	@Test
	void onlyEntriesAPersonRecordedAboutAnOfficerCanBeAmended() {
		TimelineEntry finding = new TimelineEntry(T0, TimelineEventType.FINDING_RECORDED, COMMANDER, null, null,
				"camera off",
				"leo", T0, null, 18L, null);

		assertThatThrownBy(() -> Amendment.propose(IncidentId.random(), finding, DEPUTY, "wrong", PROPOSER, T0))
			.isInstanceOf(AttributionRefused.class);
		assertThatThrownBy(() -> Amendment.propose(IncidentId.random(), STEP, COMMANDER, "same", PROPOSER, T0))
			.isInstanceOfSatisfying(AttributionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol-acts.amendment.no-change"));
	}

	@Test
	void aSecondPersonWithSupervisoryAuthorityApprovesIt() {
		Amendment approved = propose("recorded on the deputy's behalf").approve(SERGEANT, T0.plusSeconds(60));

		assertThat(approved.approved()).isTrue();
		assertThat(approved.approvedBy()).isEqualTo("sgt.alvarez");
		assertThatThrownBy(() -> approved.approve(new Actor("chief", Set.of(Role.COMMAND), null, null, null), T0))
			.isInstanceOf(WrongState.class);
	}

	@Test
	void whoeverProposedItCannotApproveIt() {
		assertThatThrownBy(() -> propose("recorded on the deputy's behalf").approve(PROPOSER, T0))
			.isInstanceOfSatisfying(WrongState.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol-acts.amendment.same-approver"));
	}

	@Test
	void anOfficerWithoutSupervisoryAuthorityCannotApprove() {
		Actor officer = new Actor("ofc.okafor", Set.of(Role.OFFICER), DEPUTY.value(), null, null);

		assertThatThrownBy(() -> propose("recorded on the deputy's behalf").approve(officer, T0))
			.isInstanceOf(NotPermitted.class);
	}

	static Amendment propose(String reason) {
		return Amendment.propose(IncidentId.random(), STEP, DEPUTY, reason, PROPOSER, T0);
	}
}
