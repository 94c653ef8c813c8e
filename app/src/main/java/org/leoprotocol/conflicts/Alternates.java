package org.leoprotocol.conflicts;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The alternates the agency designates for recused deciders, one per deciding role:
 * {@code leo.conflicts.alternate.COMMAND=deputy} (a user name) or {@code =REVIEW_BOARD} (every account with that role
 * may take the decision). For the chief, a deputy chief or the review board.
 */
@Component
class Alternates {

	static final String SETTING = "leo.conflicts.alternate.";

	private final Environment environment;
	private final StaffDirectory staff;

	Alternates(Environment environment, StaffDirectory staff) {
		this.environment = environment;
		this.staff = staff;
	}

	static String setting(Role deciding) {
		return SETTING + deciding.name();
	}

	/** The designation as set, if any. */
	Optional<String> designated(Role deciding) {
		return Optional.ofNullable(environment.getProperty(setting(deciding))).map(String::strip)
			.filter(value -> !value.isEmpty());
	}

	/** The user names a designation stands for: one account, or every account with the named role. */
	List<String> candidates(String designation) {
		for (Role role : Role.values()) {
			if (role.name().equals(designation)) {
				return staff.accountsWithRole(role).stream().flatMap(id -> staff.contact(id).stream())
					.map(StaffContact::username).toList();
			}
		}
		return staff.contactOf(designation).map(contact -> List.of(contact.username())).orElse(List.of());
	}
}
