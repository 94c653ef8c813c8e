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

import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.reminder.DueReminder;
import org.leoprotocol.shared.reminder.LeadTimes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds the people of a hearing still to come: the case's investigator, the seated members of the review board, for a
 * disciplinary hearing the subject officer, who has the right to be there with a representative, and every attendee on
 * staff (a union representative, a legal advisor, named on the hearing by their Leo user name). At each lead time
 * ({@code leo.deadlines.hearing-leads}, by default 7 days and 1 day before) and on the morning of its day; once per
 * recipient and lead, however many nodes sweep (the ledger and the outbox's unique cause per recipient).
 */
@Component
class HearingReminderPolicy {

	private final LeadTimes leads;
	private final DatedCases cases;
	private final CaseRecipients recipients;
	private final ReviewBoard board;
	private final AgencyTime agencyTime;

	HearingReminderPolicy(@Value("${leo.deadlines.hearing-leads:P7D,P1D}") String leads, DatedCases cases,
			CaseRecipients recipients,
			ReviewBoard board, AgencyTime agencyTime) {
		this.leads = LeadTimes.parse(leads);
		this.cases = cases;
		this.recipients = recipients;
		this.board = board;
		this.agencyTime = agencyTime;
	}

	/** The reminders due at {@code now}, a page of hearings at a time. */
	void due(Instant now, Consumer<List<DueReminder<Notice>>> pages) {
		cases.hearingsBetween(now, leads.horizon(now, agencyTime.zone()),
				page -> pages.accept(page.stream().flatMap(hearing -> reminder(hearing, now).stream()).toList()));
	}

	/** Every reminder due at {@code now} in one list, to look at them all. */
	List<DueReminder<Notice>> due(Instant now) {
		List<DueReminder<Notice>> due = new ArrayList<>();
		due(now, due::addAll);
		return due;
	}

	Optional<DueReminder<Notice>> reminder(DatedCases.ComingHearing hearing, Instant now) {
		ZoneId zone = agencyTime.zone();
		LocalDate day = LocalDate.ofInstant(hearing.heldAt(), zone);
		return leads.current(day, LeadTimes.startOf(day, zone), now, zone).map(lead -> {
			String cause = "hearing:%s:%s:%s".formatted(hearing.id(), day, lead);
			return new DueReminder<>(cause, () -> notices(hearing, cause, day, lead, now));
		});
	}

	private List<Notice> notices(DatedCases.ComingHearing hearing, String cause, LocalDate day, Period lead,
			Instant now) {
		List<Recipient> people = new ArrayList<>(recipients.investigator(hearing.investigator()));
		people.addAll(recipients.accounts(board.members()));
		people.addAll(recipients.accounts(hearing.attendees()));
		if (hearing.subjectOfficer() != null) {
			people.add(new Recipient.Officer(hearing.subjectOfficer()));
		}
		long daysLeft = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, agencyTime.zone()), day);
		String subject = lead.isZero() ? "investigations.hearing.reminder.today" : "investigations.hearing.reminder";
		return people.stream().distinct()
			.map(recipient -> new Notice(recipient, NoticeKind.HEARING, cause, subject,
					List.of(hearing.caseNumber(), agencyTime.formValue(hearing.heldAt()).replace('T', ' '),
							Long.toString(daysLeft)),
					InvestigationRoutes.investigation(hearing.caseId()), true))
			.toList();
	}
}
