package org.leoprotocol.protocol.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.timeline.AmendmentDesk;
import org.leoprotocol.protocol.timeline.PerformerPolicy;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.web.AmendableEntry;
import org.leoprotocol.protocol.web.AmendmentRow;
import org.leoprotocol.protocol.web.Attribution;
import org.leoprotocol.protocol.web.FindingRow;
import org.leoprotocol.protocol.web.Choice;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Role;

import org.springframework.stereotype.Component;

import static org.leoprotocol.protocol.incident.IncidentPageViews.stepTitle;

/**
 * Turns the attribution of an incident's acts into the view record of its section on the incident page: the officers on
 * the incident to name as performer, the amendments of who performed an entry, the findings withdrawn by them, and the
 * timeline entries whose performer may still be amended.
 */
@Component
class AttributionViews {

	private final IncidentParts parts;
	private final AmendmentDesk amendments;
	private final StaffMembers staff;
	private final AgencyTime agencyTime;

	AttributionViews(IncidentParts parts, AmendmentDesk amendments, StaffMembers staff, AgencyTime agencyTime) {
		this.parts = parts;
		this.amendments = amendments;
		this.staff = staff;
		this.agencyTime = agencyTime;
	}

	Attribution attribution(Incident incident, Actor reader) {
		List<TimelineEntry> timeline = parts.timeline(incident.id());
		Set<OfficerId> onIncident = PerformerPolicy.onIncident(incident, timeline);
		OfficerId preselected = PerformerPolicy.defaultFor(reader, incident.responsibleOfficer(), onIncident);
		return new Attribution(onIncident.stream().map(o -> new Choice(o.toString(), staff.describe(o))).toList(),
				preselected == null ? "" : preselected.toString(),
				amendments.of(incident.id()).stream()
					.map(a -> new AmendmentRow(a.id().toString(), String.valueOf(a.entry()),
							staff.describe(a.recordedPerformer()), staff.describe(a.performedBy()), a.reason(),
							a.approved(),
							a.proposedBy() + ", " + format(a.proposedAt()),
							a.approved() ? a.approvedBy() + ", " + format(a.approvedAt()) : ""))
					.toList(),
				parts.withdrawnFindings(incident.id()).stream().map(f -> new FindingRow(
						Phrase.of("protocol-acts.findingkind.", f.kind()), f.said(),
						staff.describe(f.officer()), format(f.recordedAt())))
					.toList(),
				timeline.stream().filter(TimelineEntry::amendable)
					.map(e -> new AmendableEntry(e.position().toString(), format(e.occurredAt()),
							Phrase.of("incident-page.timeline.type.", e.type()),
							e.stepCode() == null ? "" : stepTitle(parts.steps(incident.id()), e.stepCode()),
							staff.describe(e.officer())))
					.toList(),
				reader.hasAny(Role.SUPERVISOR, Role.COMMAND));
	}

	private String format(Instant instant) {
		return agencyTime.stampSeconds(instant);
	}
}
