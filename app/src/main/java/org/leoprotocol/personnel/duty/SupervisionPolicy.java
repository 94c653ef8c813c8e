package org.leoprotocol.personnel.duty;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.personnel.Supervisors;

/**
 * Who supervises an officer at a moment. The chain of command is the officer's unit and the units above it, nearest
 * first. A rung is held by the people on duty at its post in the nearest unit of the chain that has any; a watch
 * commander on duty anywhere in the agency holds the watch when none is on duty in the chain; when nobody holds a rung,
 * the matter goes to the rung above. Command staff always hold the top rung. The officer concerned never supervises
 * himself: a sergeant who is the subject of an escalation is passed over for the one above him, since no one is told to
 * review their own conduct.
 */
public final class SupervisionPolicy {

	private SupervisionPolicy() {
	}

	/**
	 * The supervisors to tell at the rung {@code asked}, or the first rung above it that has someone.
	 * @param about the officer concerned, passed over at every rung; {@code null} for a matter that concerns no officer
	 * @param chain units of the officer's chain of command, nearest first
	 * @param onDuty active officers on duty at the moment, anywhere in the agency
	 * @param commandStaff the agency's active command staff
	 */
	public static Supervisors resolve(OfficerId about, Supervision asked, List<UUID> chain, List<OnDuty> onDuty,
			List<OfficerId> commandStaff) {
		for (Supervision rung = asked; rung != Supervision.COMMAND; rung = rung.above()) {
			List<OfficerId> holders = holders(about, rung, chain, onDuty);
			if (!holders.isEmpty()) {
				return new Supervisors(rung, holders);
			}
		}
		return new Supervisors(Supervision.COMMAND, commandStaff.stream().filter(o -> !o.equals(about)).toList());
	}

	private static List<OfficerId> holders(OfficerId about, Supervision rung, List<UUID> chain, List<OnDuty> onDuty) {
		Post post = Post.holding(rung);
		for (UUID unit : chain) {
			List<OfficerId> inUnit = select(onDuty, about, d -> d.post() == post && d.unitId().equals(unit));
			if (!inUnit.isEmpty()) {
				return inUnit;
			}
		}
		return rung == Supervision.WATCH_COMMANDER ? select(onDuty, about, d -> d.post() == post) : List.of();
	}

	private static List<OfficerId> select(List<OnDuty> onDuty, OfficerId about, Predicate<OnDuty> matching) {
		return onDuty.stream().filter(matching).map(OnDuty::officer).filter(o -> !o.equals(about)).distinct().toList();
	}
}
