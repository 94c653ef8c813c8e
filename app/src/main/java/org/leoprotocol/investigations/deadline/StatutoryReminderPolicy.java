package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.reminder.DueReminder;
import org.leoprotocol.shared.reminder.LeadTimes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds the investigator and their supervisor of an open case's statutory deadline at each lead time
 * ({@code leo.deadlines.statutory-leads}, by default 30, 14, 7 and 1 days before the agency day it falls on) and once
 * more when it passes, so a clock such as the one year of California Government Code section 3304(d) never runs out
 * unnoticed. The cause names the case, the clock, the due day and the lead: a tolled or extended deadline is reminded
 * anew.
 */
@Component
class StatutoryReminderPolicy {

	private final LeadTimes leads;
	private final DatedCases cases;
	private final CaseRecipients recipients;
	private final AgencyTime agencyTime;

	StatutoryReminderPolicy(@Value("${leo.deadlines.statutory-leads:P30D,P14D,P7D,P1D}") String leads, DatedCases cases,
			CaseRecipients recipients, AgencyTime agencyTime) {
		this.leads = LeadTimes.parse(leads);
		this.cases = cases;
		this.recipients = recipients;
		this.agencyTime = agencyTime;
	}

	/** The reminders due at {@code now}, a page of cases at a time. */
	void due(Instant now, Consumer<List<DueReminder<Notice>>> pages) {
		cases.openDueBy(leads.horizon(now, agencyTime.zone()),
				page -> pages.accept(page.stream().flatMap(open -> reminder(open, now).stream()).toList()));
	}

	/** Every reminder due at {@code now} in one list, to look at them all. */
	List<DueReminder<Notice>> due(Instant now) {
		List<DueReminder<Notice>> due = new ArrayList<>();
		due(now, due::addAll);
		return due;
	}

	Optional<DueReminder<Notice>> reminder(DatedCases.OpenCase open, Instant now) {
		ZoneId zone = agencyTime.zone();
		LocalDate dueDay = LocalDate.ofInstant(open.dueAt(), zone);
		return leads.current(dueDay, open.dueAt(), now, zone).map(lead -> {
			String cause = "deadline:%s:%s:%s:%s".formatted(open.id(), DeadlineClock.STATUTORY.segment(), dueDay, lead);
			return new DueReminder<>(cause, () -> notices(open, cause, dueDay, lead, now));
		});
	}

	private List<Notice> notices(DatedCases.OpenCase open, String cause, LocalDate dueDay, Period lead, Instant now) {
		long daysLeft = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, agencyTime.zone()), dueDay);
		String subject = lead.isZero() ? "investigations.deadline.reminder.passed" : "investigations.deadline.reminder";
		return recipients.investigatorAndSupervisor(open.investigator(), now).stream()
			.map(recipient -> new Notice(recipient, NoticeKind.DEADLINE, cause, subject,
					List.of(open.caseNumber(), dueDay.toString(), Long.toString(daysLeft)),
					InvestigationRoutes.investigation(open.id()), true))
			.toList();
	}
}
