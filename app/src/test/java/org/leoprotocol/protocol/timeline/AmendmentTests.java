package org.leoprotocol.protocol.timeline;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.shared.Role;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.incident.StaffMember;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmendmentTests {

	static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
	static final OfficerId DEPUTY = new OfficerId(UUID.randomUUID());
	static final OfficerId COMMANDER = new OfficerId(UUID.randomUUID());
	static final StaffMember PROPOSER = new StaffMember("lt.commander", Set.of(Role.COMMAND), COMMANDER);
	static final StaffMember SERGEANT = new StaffMember("sgt.alvarez", Set.of(Role.SUPERVISOR), null);
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
			assertThat(refused.conflict()).isFalse();
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
		assertThatThrownBy(() -> approved.approve(new StaffMember("chief", Set.of(Role.COMMAND), null), T0))
			.isInstanceOfSatisfying(AttributionRefused.class, refused -> assertThat(refused.conflict()).isTrue());
	}

	@Test
	void whoeverProposedItCannotApproveIt() {
		assertThatThrownBy(() -> propose("recorded on the deputy's behalf").approve(PROPOSER, T0))
			.isInstanceOfSatisfying(AttributionRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("protocol-acts.amendment.same-approver");
				assertThat(refused.conflict()).isTrue();
			});
	}

	@Test
	void anOfficerWithoutSupervisoryAuthorityCannotApprove() {
		StaffMember officer = new StaffMember("ofc.okafor", Set.of(Role.OFFICER), DEPUTY);

		assertThatThrownBy(() -> propose("recorded on the deputy's behalf").approve(officer, T0))
			.isInstanceOf(AccessDeniedException.class);
	}

	static Amendment propose(String reason) {
		return Amendment.propose(IncidentId.random(), STEP, DEPUTY, reason, PROPOSER, T0);
	}
}
