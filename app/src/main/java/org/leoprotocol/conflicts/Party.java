package org.leoprotocol.conflicts;

import java.util.Locale;
import java.util.UUID;

/**
 * Someone a record is about or who took part in it: an officer (by roster id) or a member of the public (by the name
 * the record gives). A person who is a party does not decide it, nor does anyone who declared a relation to them.
 */
public record Party(PartyRole role, UUID officerId, String name) {

	public static Party officer(PartyRole role, UUID officerId) {
		return new Party(role, officerId, null);
	}

	public static Party person(PartyRole role, String name) {
		return new Party(role, null, name);
	}

	public String roleName() {
		return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
