package org.leoprotocol.investigations.deadline;

import java.util.Locale;

import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationStatus;
import org.leoprotocol.investigations.web.DeadlineView;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.AgencyTime;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a case's statutory clock and its history into the section of the case page that shows and changes it. */
@Component
public class DeadlineViews {

	private final CaseDeadlines deadlines;
	private final AgencyTime agencyTime;
	private final MessageSource messages;

	DeadlineViews(CaseDeadlines deadlines, AgencyTime agencyTime, MessageSource messages) {
		this.deadlines = deadlines;
		this.agencyTime = agencyTime;
		this.messages = messages;
	}

	public DeadlineView view(Investigation investigation, boolean command, String problem, Locale locale) {
		var history = deadlines.history(investigation.id(), DeadlineClock.STATUTORY);
		String base = InvestigationRoutes.investigation(investigation.id()) + "/deadlines/"
				+ DeadlineClock.STATUTORY.segment();
		return new DeadlineView(base + "/tolls", base + "/extensions",
				agencyTime.format(CaseDeadlines.firstDue(history, investigation.dueAt()), locale),
				agencyTime.format(investigation.dueAt(), locale),
				history.stream().map(change -> new DeadlineView.Change(agencyTime.format(change.recordedAt(), locale),
						describe(change, locale),
						change.reason(),
						change.authority()
								+ (change.authorityReference() == null ? "" : " (" + change.authorityReference() + ")"),
						agencyTime.format(change.dueAfter(), locale)))
					.toList(),
				command && investigation.status() != InvestigationStatus.CLOSED, problem);
	}

	private String describe(ClockAdjustment change, Locale locale) {
		return change.kind() == ClockAdjustment.Kind.TOLL
				? messages.getMessage("investigations.deadline.toll",
						new Object[] { change.tolledFrom().toString(), change.tolledUntil().toString() }, locale)
				: messages.getMessage("investigations.deadline.extension", new Object[] { change.extensionDays() },
						locale);
	}
}
