package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who is told about a case's dates. The investigator, as the officer they are when sworn (so the notice follows the
 * officer's account) or by their staff account when civilian; and whoever answers for the investigator: a sworn
 * investigator's supervisor on duty (the duty roster's chain of command), while a civilian investigator, or a case
 * nobody has been assigned, answers to command staff, who assign cases.
 */
@Component
class CaseRecipients {

	private final Investigators investigators;
	private final StaffDirectory staff;
	private final DutyRoster duty;

	CaseRecipients(Investigators investigators, StaffDirectory staff, DutyRoster duty) {
		this.investigators = investigators;
		this.staff = staff;
		this.duty = duty;
	}

	/** The investigator and their supervisor(s), or command when there is no sworn investigator. */
	List<Recipient> investigatorAndSupervisor(String investigator, Instant at) {
		Set<Recipient> recipients = new LinkedHashSet<>(investigator(investigator));
		recipients.addAll(supervisors(investigator, at));
		return List.copyOf(recipients);
	}

	/**
	 * Whoever answers for the investigator at that moment: a sworn investigator's supervisor on duty (else the rung
	 * above, up to command), or command staff for a civilian investigator or an unassigned case.
	 */
	List<Recipient> supervisors(String investigator, Instant at) {
		Optional<OfficerId> officer = officer(investigator);
		if (officer.isPresent()) {
			return duty.supervisorsOf(officer.get(), Supervision.SUPERVISOR, at).officers().stream()
				.map(o -> (Recipient) new Recipient.Officer(o)).toList();
		}
		return staff.accountsWithRole(Role.COMMAND).stream().map(account -> (Recipient) new Recipient.Account(account))
			.toList();
	}

	/** The investigator alone: as an officer when sworn, else by account; nobody while the case is unassigned. */
	List<Recipient> investigator(String investigator) {
		return officer(investigator).<List<Recipient>>map(o -> List.of(new Recipient.Officer(o)))
			.orElseGet(() -> accounts(investigator == null ? List.of() : List.of(investigator)));
	}

	/** Staff by user name; a name without an enabled account is left out (it has nobody to reach). */
	List<Recipient> accounts(Collection<String> usernames) {
		return usernames.stream()
			.flatMap(name -> staff.contactOf(name).filter(StaffContact::enabled).stream())
			.map(contact -> (Recipient) new Recipient.Account(contact.accountId()))
			.distinct().toList();
	}

	private Optional<OfficerId> officer(String investigator) {
		if (investigator == null) {
			return Optional.empty();
		}
		return investigators.find(investigator).map(Investigator::officerId)
			.or(() -> staff.officerOf(investigator).map(OfficerId::new));
	}
}
