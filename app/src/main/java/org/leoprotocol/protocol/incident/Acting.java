package org.leoprotocol.protocol.incident;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/** What the protocol asks of the person acting on an incident: the officer they are, and the steps they may do. */
public final class Acting {

	private Acting() {
	}

	/** The roster officer behind the actor, or {@code null} for civilian staff and Leo itself. */
	public static OfficerId officer(Actor actor) {
		return actor.officerId().map(OfficerId::new).orElse(null);
	}

	/**
	 * Whether the actor may do a step that the protocol gives to {@code actingRole}; supervisors and command may do
	 * any.
	 */
	public static boolean mayAct(Actor actor, Role actingRole) {
		return actor.has(actingRole) || actor.hasAny(Role.SUPERVISOR, Role.COMMAND);
	}
}
