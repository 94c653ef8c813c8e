package org.leoprotocol.protocol.timeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.incident.Acting;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/**
 * Decides who performed a step that a staff member records. The record must name the officer who did it, not the one
 * who clicked: a watch commander ticking off what a deputy did would otherwise be credited with it, and gap analysis
 * would hold the commander's body camera against him. So the performer is one of the officers on the incident (the
 * responsible officer and every officer dispatched to it); the recorder may leave it out only when they are the
 * responsible officer, or an officer on the incident without supervisory rank recording their own work. Supervisors and
 * command always say whom they record for, even themselves.
 */
public final class PerformerPolicy {

	private PerformerPolicy() {
	}

	/** The officers on the incident: the responsible officer first, then every officer in a dispatch entry. */
	public static Set<OfficerId> onIncident(Incident incident, List<TimelineEntry> timeline) {
		Set<OfficerId> officers = new LinkedHashSet<>();
		if (incident.responsibleOfficer() != null) {
			officers.add(incident.responsibleOfficer());
		}
		timeline.stream().filter(entry -> entry.type().dispatch() && entry.officer() != null)
			.forEach(entry -> officers.add(entry.officer()));
		return officers;
	}

	/** The officer the recorder may leave unnamed, meaning themselves; {@code null} when they must choose. */
	public static OfficerId defaultFor(Actor recorder, OfficerId responsible, Set<OfficerId> onIncident) {
		OfficerId self = Acting.officer(recorder);
		if (self == null) {
			return null;
		}
		if (self.equals(responsible)) {
			return self;
		}
		return onIncident.contains(self) && !recorder.hasAny(Role.SUPERVISOR, Role.COMMAND) ? self : null;
	}

	/** The performer to record: the one chosen, who must be on the incident, or the recorder's default. */
	static OfficerId performer(Actor recorder, OfficerId chosen, OfficerId responsible,
			Set<OfficerId> onIncident) {
		if (chosen != null) {
			if (!onIncident.contains(chosen)) {
				throw new AttributionRefused("protocol-acts.performer.not-on-incident");
			}
			return chosen;
		}
		OfficerId self = defaultFor(recorder, responsible, onIncident);
		if (self == null) {
			throw new AttributionRefused("protocol-acts.performer.required");
		}
		return self;
	}
}
