package org.leoprotocol.personnel;

import java.time.LocalDate;

/** What the roster needs to enlist an officer; the unit is named by its code. */
public record NewOfficer(String badgeNumber, String firstName, String lastName, String rank, String unitCode,
		LocalDate hireDate, OfficerStatus status) {
}
