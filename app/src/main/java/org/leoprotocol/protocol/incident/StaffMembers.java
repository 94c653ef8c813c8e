package org.leoprotocol.protocol.incident;

import java.util.EnumSet;
import java.util.Set;

import org.leoprotocol.shared.Role;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns the signed-in user into a {@link StaffMember}, and badge numbers given in requests into officers. */
@Component
public class StaffMembers {

	private final StaffDirectory directory;
	private final Roster roster;

	StaffMembers(StaffDirectory directory, Roster roster) {
		this.directory = directory;
		this.roster = roster;
	}

	public StaffMember of(Authentication user) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : user.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		OfficerId officer = directory.officerOf(user.getName()).map(OfficerId::new).orElse(null);
		return new StaffMember(user.getName(), roles, officer);
	}

	/** The officer with this badge, {@code null} for a blank badge, refused for a badge not on the roster. */
	public OfficerId officer(String badge) {
		if (badge == null || badge.isBlank()) {
			return null;
		}
		return roster.findByBadge(badge).map(officer -> officer.id())
			.orElseThrow(() -> new IllegalArgumentException(
					"No officer with badge number " + badge.strip() + " on the roster"));
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
			.orElseThrow(() -> new IllegalArgumentException("No officer " + value + " on the roster"));
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
