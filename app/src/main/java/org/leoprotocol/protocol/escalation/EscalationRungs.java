package org.leoprotocol.protocol.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.personnel.Supervisors;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.incident.StaffMembers;
import org.leoprotocol.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The rungs of the chain of command an escalation climbs: the responsible officer, the supervisor on duty over the
 * officer's unit (or over the opener's unit while nobody is responsible), the watch commander, then command. Who stands
 * on a rung is read from the duty roster at the moment the rung is reached.
 */
@Component
class EscalationRungs {

	private final DutyRoster dutyRoster;
	private final StaffMembers staff;

	EscalationRungs(DutyRoster dutyRoster, StaffMembers staff) {
		this.dutyRoster = dutyRoster;
		this.staff = staff;
	}

	/** The rung a level's notified role reaches on this incident, and the people on it now. */
	Reach reach(Role notified, Incident incident, Instant at) {
		if (notified == Role.OFFICER && incident.responsibleOfficer() != null) {
			return new Reach("OFFICER", List.of(incident.responsibleOfficer()));
		}
		Supervisors found = supervisors(incident,
				notified == Role.OFFICER ? Supervision.SUPERVISOR : supervision(notified), at);
		return new Reach(found.rung().name(), found.officers());
	}

	/** The rung on duty over the responsible officer, or over the opener's unit while nobody is responsible. */
	Supervisors supervisors(Incident incident, Supervision rung, Instant at) {
		if (incident.responsibleOfficer() != null) {
			return dutyRoster.supervisorsOf(incident.responsibleOfficer(), rung, at);
		}
		return dutyRoster.supervisorsOfUnit(staff.unitOf(incident.openedBy()), rung, at);
	}

	/**
	 * The rung of the chain of command a protocol role names: command in a protocol means the watch commander first.
	 */
	static Supervision supervision(Role notified) {
		return notified == Role.SUPERVISOR ? Supervision.SUPERVISOR : Supervision.WATCH_COMMANDER;
	}

	/** The people reached, by name, for the timeline. */
	String names(List<OfficerId> officers) {
		return officers.isEmpty() ? "nobody could be reached"
				: officers.stream().map(staff::describe).collect(Collectors.joining(", "));
	}

	/** Whether an unacknowledged escalation can still pass up from this rung: the officer's and command's cannot. */
	static boolean passable(String rung) {
		return !"OFFICER".equals(rung) && !"COMMAND".equals(rung);
	}

	/** A rung's name as read in a sentence. */
	static String rung(String rung) {
		return rung.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** The rung reached and its people. */
	record Reach(String rung, List<OfficerId> officers) {

		boolean passable() {
			return EscalationRungs.passable(rung);
		}
	}
}
