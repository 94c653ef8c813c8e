package org.leoprotocol.personnel;

import java.time.LocalDate;
import java.util.UUID;

final class OfficerFixtures {

	private OfficerFixtures() {
	}

	static Officer anOfficer() {
		return anOfficer(OfficerStatus.ACTIVE);
	}

	static Officer anOfficer(OfficerStatus status) {
		return new Officer(OfficerId.random(), "MPD", "4711", "Jane", "Doe", "Sergeant", UUID.randomUUID(),
				LocalDate.of(2015, 6, 1), status);
	}
}
