package org.leoprotocol.engagement;

import org.leoprotocol.shared.ClientThrottle;
import org.leoprotocol.shared.TooManyRequests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The allowance per client address for public registrations, cancellations and survey answers, drawn from the shared
 * {@link ClientThrottle} as the complaint intake's is; a refusal is {@link TooManyRequests}, answered with 429.
 */
@Component
class EngagementThrottle {

	private final ClientThrottle throttle;
	private final int perHour;

	EngagementThrottle(ClientThrottle throttle, @Value("${leo.engagement.submissions-per-hour:30}") int perHour) {
		this.throttle = throttle;
		this.perHour = perHour;
	}

	void take(String clientAddress) {
		throttle.take("ENGAGEMENT", clientAddress, perHour);
	}
}
