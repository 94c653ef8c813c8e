package org.leoprotocol.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.WrongState;

/**
 * A sworn member of the agency. The badge number is unique within the agency that issued it.
 */
public record Officer(OfficerId id, String agencyCode, String badgeNumber, String firstName, String lastName,
		String rank, UUID unitId, LocalDate hireDate, OfficerStatus status) {

	static final int MAX_REASON_LENGTH = 1000;

	public String fullName() {
		return firstName + " " + lastName;
	}

	/**
	 * The status change that moves this officer to {@code to}. Refused when the officer already has that status, when
	 * the current status is final, or when no reason is given: every change must say why.
	 */
	StatusChange changeStatus(OfficerStatus to, String reason, String changedBy, String caseReference, Instant at) {
		if (status.isFinal()) {
			throw new WrongState("personnel.refused.status.final", fullName(),
					Phrase.of("personnel.duty.status.", status));
		}
		if (status == to) {
			throw new WrongState("personnel.refused.status.same", fullName(), Phrase.of("personnel.duty.status.", to));
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("personnel.refused.status.reason");
		}
		if (reason.strip().length() > MAX_REASON_LENGTH) {
			throw new InvalidInput("personnel.refused.status.long", String.valueOf(MAX_REASON_LENGTH));
		}
		return new StatusChange(at, status, to, reason.strip(), changedBy, blankToNull(caseReference));
	}

	Officer withStatus(OfficerStatus newStatus) {
		return new Officer(id, agencyCode, badgeNumber, firstName, lastName, rank, unitId, hireDate, newStatus);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
