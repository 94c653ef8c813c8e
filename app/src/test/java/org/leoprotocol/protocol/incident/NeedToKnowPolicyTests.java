package org.leoprotocol.protocol.incident;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

class NeedToKnowPolicyTests {

	static final Standing NO_PART = new Standing(false, false, true, false, false, false, true, false);

	@Test
	void anOfficerWithNoPartOutsideTheUnitIsRefused() {
		assertThat(NeedToKnowPolicy.sight(officer(), NO_PART)).isEqualTo(Sight.CLOSED);
		assertThat(NeedToKnowPolicy.sight(officer(), new Standing(false, false, false, false, true, true, true, false)))
			.as("a resolved incident of the unit is no longer for coordination").isEqualTo(Sight.CLOSED);
	}

	@Test
	void unitColleaguesAndDispatchedOfficersSeeTheIncidentMasked() {
		assertThat(NeedToKnowPolicy.sight(officer(), new Standing(false, false, true, false, true, true, true, false)))
			.isEqualTo(Sight.MASKED);
		assertThat(
				NeedToKnowPolicy.sight(officer(), new Standing(true, false, false, false, false, false, true, false)))
			.isEqualTo(Sight.MASKED);
		assertThat(NeedToKnowPolicy.sight(officer(), new Standing(false, false, true, true, false, false, true, false)))
			.isEqualTo(Sight.MASKED);
	}

	@Test
	void theResponsibleOfficerAndTheSupervisorsOfTheChainReadTheIdentities() {
		assertThat(NeedToKnowPolicy.sight(officer(), new Standing(true, true, false, false, true, true, true, false)))
			.isEqualTo(Sight.NAMED);
		Actor supervisor = new Actor("s", Set.of(Role.SUPERVISOR), OfficerId.random().value(), null, null);
		assertThat(
				NeedToKnowPolicy.sight(supervisor, new Standing(false, false, false, false, false, true, true, false)))
			.isEqualTo(Sight.NAMED);
		assertThat(
				NeedToKnowPolicy.sight(supervisor, new Standing(false, false, false, false, false, false, true, false)))
			.isEqualTo(Sight.CLOSED);
		assertThat(NeedToKnowPolicy.sight(new Actor("c", Set.of(Role.COMMAND), null, null, null), NO_PART))
			.isEqualTo(Sight.NAMED);
	}

	@Test
	void theSubjectOfACaseNeverReadsAnIdentityWhateverHisRole() {
		Standing responsibleButAccused = new Standing(true, true, false, false, true, true, true, true);
		assertThat(NeedToKnowPolicy.sight(officer(), responsibleButAccused)).isEqualTo(Sight.MASKED);
		assertThat(NeedToKnowPolicy.sight(new Actor("c", Set.of(Role.COMMAND), OfficerId.random().value(), null, null),
				responsibleButAccused))
			.isEqualTo(Sight.MASKED);
	}

	@Test
	void rolesWithoutIncidentWorkSeeNothing() {
		assertThat(NeedToKnowPolicy.sight(new Actor("b", Set.of(Role.REVIEW_BOARD), null, null, null), NO_PART))
			.isEqualTo(Sight.CLOSED);
	}

	private static Actor officer() {
		return new Actor("o", Set.of(Role.OFFICER), OfficerId.random().value(), null, null);
	}
}
