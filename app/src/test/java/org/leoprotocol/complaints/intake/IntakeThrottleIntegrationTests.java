package org.leoprotocol.complaints.intake;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.shared.ClientThrottle;
import org.leoprotocol.shared.TooManyRequests;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeoIntegrationTest
class IntakeThrottleIntegrationTests {

	@Autowired
	ClientThrottle clientThrottle;

	@Test
	void aClientThatSubmitsTooOftenIsToldToWait() {
		IntakeThrottle throttle = new IntakeThrottle(clientThrottle, 2, 2);
		String address = "198.51.100.18";
		throttle.take(IntakeThrottle.Purpose.SUBMIT, address);
		throttle.take(IntakeThrottle.Purpose.SUBMIT, address);

		assertThatThrownBy(() -> throttle.take(IntakeThrottle.Purpose.SUBMIT, address))
			.isInstanceOfSatisfying(TooManyRequests.class,
					refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(1800));
	}
}
