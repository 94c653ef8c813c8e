package org.leoprotocol.personnel;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.PersonnelAction.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class PersonnelActionTests {

	@Test
	void leaveAndReinstatementChangeTheStatusAndSurrendersDoNot() {
		assertThat(Kind.ADMINISTRATIVE_LEAVE.status()).isEqualTo(OfficerStatus.ADMINISTRATIVE_LEAVE);
		assertThat(Kind.REINSTATEMENT.status()).isEqualTo(OfficerStatus.ACTIVE);
		assertThat(Kind.WEAPON_SURRENDERED.status()).isNull();
		assertThat(Kind.BADGE_SURRENDERED.status()).isNull();
	}

	@Test
	void weaponAndBadgeGoBackOnlyToAnOfficerOnActiveDuty() {
		assertThat(Kind.WEAPON_RETURNED.needsActiveOfficer()).isTrue();
		assertThat(Kind.BADGE_RETURNED.needsActiveOfficer()).isTrue();
		assertThat(Kind.WEAPON_SURRENDERED.needsActiveOfficer()).isFalse();
		assertThat(Kind.REINSTATEMENT.needsActiveOfficer()).isFalse();
	}
}
