package org.leoprotocol.protocol.incident;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.stereotype.Component;

/** Turns badge numbers given in requests into officers, and officers into the names pages show. */
@Component
public class StaffMembers {

	private final StaffDirectory directory;
	private final Roster roster;

	StaffMembers(StaffDirectory directory, Roster roster) {
		this.directory = directory;
		this.roster = roster;
	}

	/** The officer with this badge, {@code null} for a blank badge, refused for a badge not on the roster. */
	public OfficerId officer(String badge) {
		if (badge == null || badge.isBlank()) {
			return null;
		}
		return roster.findByBadge(badge).map(officer -> officer.id())
			.orElseThrow(() -> new InvalidInput("protocol.officer.badge.unknown", badge.strip()));
	}

	/** The officer named by a badge number or an officer id; {@code null} when blank, refused when unknown. */
	public OfficerId performer(String badgeOrId) {
		if (badgeOrId == null || badgeOrId.isBlank()) {
			return null;
		}
		String value = badgeOrId.strip();
		if (!value.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")) {
			return officer(value);
		}
		OfficerId id = new OfficerId(java.util.UUID.fromString(value));
		return roster.find(id).map(found -> id)
			.orElseThrow(() -> new InvalidInput("protocol.officer.unknown", value));
	}

	public String badgeOf(OfficerId officer) {
		return officer == null ? null : roster.find(officer).map(found -> found.badgeNumber()).orElse(null);
	}

	/** The officer behind a staff account, described; the user name for staff who are not officers. */
	public String describeAccount(String username) {
		return directory.officerOf(username).map(OfficerId::new).map(this::describe).filter(name -> !name.isEmpty())
			.orElse(username);
	}

	/** The unit of the officer behind a staff account; {@code null} for civilian staff or an officer without a unit. */
	public java.util.UUID unitOf(String username) {
		return directory.officerOf(username).map(OfficerId::new).flatMap(roster::find).map(found -> found.unitId())
			.orElse(null);
	}

	public String describe(OfficerId officer) {
		return officer == null ? "" : roster.find(officer)
			.map(found -> found.rank() + " " + found.fullName() + " (badge " + found.badgeNumber() + ")").orElse("");
	}
}
