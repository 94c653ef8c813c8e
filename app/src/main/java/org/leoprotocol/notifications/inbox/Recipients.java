package org.leoprotocol.notifications.inbox;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.personnel.Roster;

import org.springframework.stereotype.Component;

/**
 * Finds whom a notice reaches at the moment it is sent: an officer through the staff account linked to them. An officer
 * without an account is still an addressee, so that the failure shows; an unknown one is refused.
 */
@Component
public class Recipients {

	private final StaffDirectory staff;
	private final Roster roster;

	Recipients(StaffDirectory staff, Roster roster) {
		this.staff = staff;
		this.roster = roster;
	}

	public Addressee resolve(Recipient recipient) {
		if (recipient instanceof Recipient.Account account) {
			return staff.contact(account.accountId())
				.map(contact -> new Addressee(contact.accountId(), contact.officerId()))
				.orElseThrow(() -> new RecipientRefused("notifications.refused.account", account.accountId()));
		}
		Recipient.Officer officer = (Recipient.Officer) recipient;
		if (officer.id() == null || roster.find(officer.id()).isEmpty()) {
			throw new RecipientRefused("notifications.refused.officer",
					officer.id() == null ? "" : officer.id().value().toString());
		}
		return new Addressee(staff.accountOfOfficer(officer.id().value()).orElse(null), officer.id().value());
	}
}
