package org.leoprotocol.complaints.intake;

import org.leoprotocol.shared.ClientThrottle;
import org.leoprotocol.shared.TooManyRequests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The complaint intake's allowances per client address: submissions and status lookups each draw from their own bucket
 * of the shared {@link ClientThrottle}.
 */
@Component
class IntakeThrottle {

	enum Purpose {
		SUBMIT, LOOKUP
	}

	private final ClientThrottle throttle;
	private final int submissionsPerHour;
	private final int lookupsPerHour;

	IntakeThrottle(ClientThrottle throttle, @Value("${leo.complaints.submissions-per-hour:20}") int submissionsPerHour,
			@Value("${leo.complaints.lookups-per-hour:120}") int lookupsPerHour) {
		this.throttle = throttle;
		this.submissionsPerHour = submissionsPerHour;
		this.lookupsPerHour = lookupsPerHour;
	}

	/** Takes a token for the client, or throws {@link TooManyRequests} with the seconds until one is free. */
	public void take(Purpose purpose, String clientAddress) {
		throttle.take(purpose.name(), clientAddress, purpose == Purpose.SUBMIT ? submissionsPerHour : lookupsPerHour);
	}
}
