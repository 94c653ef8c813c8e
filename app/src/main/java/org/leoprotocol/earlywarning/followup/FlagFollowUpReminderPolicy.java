package org.leoprotocol.earlywarning.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.reminder.DueReminder;
import org.leoprotocol.shared.reminder.LeadTimes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds the supervisor reviewing a flag of its follow-up date, at each lead time
 * ({@code leo.deadlines.follow-up-leads}, by default 7 days and 1 day before) and on the day: monitoring after an
 * intervention is what makes an early-warning system work (Alpert and Walker 2000). The reviewer is the supervisor who
 * acknowledged the flag; when they have no enabled account any more, the officer's supervisor on duty is told instead.
 */
@Component
class FlagFollowUpReminderPolicy {

	private final LeadTimes leads;
	private final FollowUpDates dates;
	private final StaffDirectory staff;
	private final DutyRoster duty;
	private final AgencyTime agencyTime;

	FlagFollowUpReminderPolicy(@Value("${leo.deadlines.follow-up-leads:P7D,P1D}") String leads, FollowUpDates dates,
			StaffDirectory staff,
			DutyRoster duty, AgencyTime agencyTime) {
		this.leads = LeadTimes.parse(leads);
		this.dates = dates;
		this.staff = staff;
		this.duty = duty;
		this.agencyTime = agencyTime;
	}

	/** The reminders due at {@code now}, a page of follow-ups at a time. */
	void due(Instant now, Consumer<List<DueReminder<Notice>>> pages) {
		LocalDate horizon = LocalDate.ofInstant(now, agencyTime.zone()).plus(leads.longest());
		dates.by(horizon,
				page -> pages.accept(page.stream().flatMap(followUp -> reminder(followUp, now).stream()).toList()));
	}

	/** Every reminder due at {@code now} in one list, to look at them all. */
	List<DueReminder<Notice>> due(Instant now) {
		List<DueReminder<Notice>> due = new ArrayList<>();
		due(now, due::addAll);
		return due;
	}

	Optional<DueReminder<Notice>> reminder(FollowUp followUp, Instant now) {
		ZoneId zone = agencyTime.zone();
		return leads.current(followUp.on(), LeadTimes.startOf(followUp.on(), zone), now, zone).map(lead -> {
			String cause = "flag-follow-up:%s:%s:%s".formatted(followUp.flagId(), followUp.on(), lead);
			return new DueReminder<>(cause, () -> notices(followUp, cause, lead, now));
		});
	}

	private List<Notice> notices(FollowUp followUp, String cause, Period lead, Instant now) {
		long daysLeft = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, agencyTime.zone()), followUp.on());
		String subject = lead.isZero() ? "earlywarning.followUp.reminder.today" : "earlywarning.followUp.reminder";
		return reviewers(followUp, now).stream()
			.map(recipient -> new Notice(recipient, NoticeKind.FLAG_FOLLOW_UP, cause, subject,
					List.of(followUp.badgeNumber(), followUp.on().toString(), Long.toString(daysLeft)),
					EarlyWarningRoutes.flag(followUp.flagId()), true))
			.toList();
	}

	private List<Recipient> reviewers(FollowUp followUp, Instant now) {
		return staff.contactOf(followUp.reviewer()).filter(StaffContact::enabled).<List<Recipient>>map(
				contact -> List.of(new Recipient.Account(contact.accountId())))
			.orElseGet(() -> followUp.rosterOfficer() == null ? List.of()
					: duty.supervisorsOf(followUp.rosterOfficer(), Supervision.SUPERVISOR, now).officers().stream()
						.map(officer -> (Recipient) new Recipient.Officer(officer)).toList());
	}
}
