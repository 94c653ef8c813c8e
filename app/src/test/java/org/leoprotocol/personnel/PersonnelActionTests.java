package org.leoprotocol.personnel;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.PersonnelActionKind;

import static org.assertj.core.api.Assertions.assertThat;

class PersonnelActionTests {

	@Test
	void leaveAndReinstatementChangeTheStatusAndSurrendersDoNot() {
		assertThat(PersonnelActionKind.ADMINISTRATIVE_LEAVE.status()).isEqualTo(OfficerStatus.ADMINISTRATIVE_LEAVE);
		assertThat(PersonnelActionKind.REINSTATEMENT.status()).isEqualTo(OfficerStatus.ACTIVE);
		assertThat(PersonnelActionKind.WEAPON_SURRENDERED.status()).isNull();
		assertThat(PersonnelActionKind.BADGE_SURRENDERED.status()).isNull();
	}

	@Test
	void weaponAndBadgeGoBackOnlyToAnOfficerOnActiveDuty() {
		assertThat(PersonnelActionKind.WEAPON_RETURNED.needsActiveOfficer()).isTrue();
		assertThat(PersonnelActionKind.BADGE_RETURNED.needsActiveOfficer()).isTrue();
		assertThat(PersonnelActionKind.WEAPON_SURRENDERED.needsActiveOfficer()).isFalse();
		assertThat(PersonnelActionKind.REINSTATEMENT.needsActiveOfficer()).isFalse();
	}
}
