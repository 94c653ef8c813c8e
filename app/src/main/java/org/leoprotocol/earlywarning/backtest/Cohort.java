package org.leoprotocol.earlywarning.backtest;

import java.time.LocalDate;
import java.util.List;

import org.leoprotocol.earlywarning.Indicators;

/**
 * The workforce of an agency on a date, each officer with what was known about them then: appointed before the date and
 * not separated before it, by the roster's appointment and separation dates, officers without any complaint included.
 * Where an agency gives no appointment date for an officer, they count from their first complaint (before the date for
 * a ranking, before the end of the outcome horizon for a backtest, so that first-time officers are not left out);
 * {@code withoutAppointmentDate} says how many did.
 */
public record Cohort(String agency, LocalDate asOf, List<Indicators> officers, int withoutAppointmentDate) {

	public Cohort {
		officers = List.copyOf(officers);
	}

	public int size() {
		return officers.size();
	}
}
