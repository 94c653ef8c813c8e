package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.notifications.Recipient;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the people of a case that it has a new investigator: the investigator, whose statutory clock is already
 * running, and whoever answers for them (their supervisor on duty, or command for a civilian investigator), so that
 * nobody learns of a case from its first deadline reminder. The notices are written with the assignment itself: an
 * assignment refused or rolled back tells nobody.
 */
@Component
public class AssignmentNotices {

	static final String TO_INVESTIGATOR = "investigations.assignment.notice";
	static final String TO_SUPERVISOR = "investigations.assignment.notice.supervisor";

	private final CaseRecipients recipients;
	private final NotificationDesk desk;

	AssignmentNotices(CaseRecipients recipients, NotificationDesk desk) {
		this.recipients = recipients;
		this.desk = desk;
	}

	/** Sends the assignment's notices in the caller's transaction; once per assignment and recipient. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void assigned(Investigation investigation, Investigator investigator, Instant at) {
		String cause = "assignment:%s:%s:%s".formatted(investigation.id(), investigator.username(), at);
		String link = InvestigationRoutes.investigation(investigation.id());
		List<Recipient> told = recipients.investigator(investigator.username());
		List<Notice> notices = new ArrayList<>(
				told.stream().map(to -> new Notice(to, NoticeKind.CASE_ASSIGNMENT, cause, TO_INVESTIGATOR,
						List.of(investigation.caseNumber()), link, true))
					.toList());
		recipients.supervisors(investigator.username(), at).stream().filter(to -> !told.contains(to))
			.map(to -> new Notice(to, NoticeKind.CASE_ASSIGNMENT, cause, TO_SUPERVISOR,
					List.of(investigation.caseNumber(), investigator.displayName()), link, true))
			.forEach(notices::add);
		desk.sendAll(notices);
	}
}
