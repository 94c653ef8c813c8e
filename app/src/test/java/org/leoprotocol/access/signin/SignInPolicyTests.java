package org.leoprotocol.access.signin;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.OfficerStatus;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SignInPolicyTests {

	@Test
	void anEndedCareerIsDisabledASuspensionSignsOutAndLeaveReadsOnly() {
		SignInPolicy policy = new SignInPolicy(new MockEnvironment());

		assertThat(policy.of(OfficerStatus.ACTIVE)).isEqualTo(SignIn.FULL);
		assertThat(policy.of(OfficerStatus.ADMINISTRATIVE_LEAVE)).isEqualTo(SignIn.READ_ONLY);
		assertThat(policy.of(OfficerStatus.SUSPENDED)).isEqualTo(SignIn.NONE);
		assertThat(policy.of(OfficerStatus.TERMINATED)).isEqualTo(SignIn.DISABLED);
		assertThat(policy.of(OfficerStatus.RETIRED)).isEqualTo(SignIn.DISABLED);
	}

	@Test
	void anAgencySetsItsOwnPolicyPerStatusButActiveAlwaysSignsIn() {
		SignInPolicy policy = new SignInPolicy(
				new MockEnvironment().withProperty("leo.access.sign-in.ADMINISTRATIVE_LEAVE", "NONE")
					.withProperty("leo.access.sign-in.ACTIVE", "DISABLED"));

		assertThat(policy.of(OfficerStatus.ADMINISTRATIVE_LEAVE)).isEqualTo(SignIn.NONE);
		assertThat(policy.of(OfficerStatus.ACTIVE)).isEqualTo(SignIn.FULL);
		assertThat(SignIn.READ_ONLY.allowed()).isTrue();
		assertThat(SignIn.NONE.allowed()).isFalse();
	}
}
