package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.reminder.DueReminder;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryReminderPolicyTests {

	static final InvestigationId CASE = new InvestigationId(UUID.fromString("00000000-0000-0000-0000-000000000012"));

	final StatutoryReminderPolicy policy = new StatutoryReminderPolicy("P30D,P14D,P7D,P1D", null, null,
			AgencyTime.in(ZoneId.of("America/Los_Angeles")));

	@Test
	void theCauseNamesTheCaseTheClockTheAgencyDueDayAndTheLead() {
		DatedCases.OpenCase open = new DatedCases.OpenCase(CASE, "IA-2027-0012", Instant.parse("2027-06-01T03:00:00Z"),
				"ia");
		assertThat(policy.reminder(open, Instant.parse("2027-05-01T12:00:00Z")).map(DueReminder::cause))
			.contains("deadline:" + CASE + ":statutory:2027-05-31:P30D");
	}

	@Test
	void whenTheDeadlinePassesTheReminderSaysSo() {
		DatedCases.OpenCase open = new DatedCases.OpenCase(CASE, "IA-2027-0012", Instant.parse("2027-06-01T18:00:00Z"),
				"ia");
		assertThat(policy.reminder(open, Instant.parse("2027-06-01T17:59:00Z")).map(DueReminder::cause)).contains(
				"deadline:" + CASE + ":statutory:2027-06-01:P1D");
		assertThat(policy.reminder(open, Instant.parse("2027-06-01T18:00:00Z")).map(DueReminder::cause)).contains(
				"deadline:" + CASE + ":statutory:2027-06-01:P0D");
	}

	@Test
	void aMovedDeadlineIsRemindedAnewAndNotBeforeItsLeads() {
		DatedCases.OpenCase tolled = new DatedCases.OpenCase(CASE, "IA-2027-0012",
				Instant.parse("2027-07-01T18:00:00Z"), "ia");
		assertThat(policy.reminder(tolled, Instant.parse("2027-05-02T12:00:00Z"))).isEmpty();
		assertThat(policy.reminder(tolled, Instant.parse("2027-06-01T12:00:00Z")).map(DueReminder::cause))
			.contains("deadline:" + CASE + ":statutory:2027-07-01:P30D");
	}
}
