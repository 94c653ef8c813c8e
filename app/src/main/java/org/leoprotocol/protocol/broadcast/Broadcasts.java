package org.leoprotocol.protocol.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.CompletingEvent;
import org.leoprotocol.protocol.incident.Acting;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.timeline.ResponseLog;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues description broadcasts (never with the name) and keeps them, append-only, for CAP export. */
@Service
public class Broadcasts {

	private final Incidents incidents;
	private final Timelines timelines;
	private final ResponseLog log;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final Conflicts conflicts;

	Broadcasts(Incidents incidents, Timelines timelines, ResponseLog log, JdbcClient jdbc, AuditTrail audit,
			Clock clock, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.incidents = incidents;
		this.timelines = timelines;
		this.log = log;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues a broadcast with the text given, or with Leo's proposed text when none is given. */
	@Transactional
	public DescriptionBroadcast issue(IncidentId id, String text, Actor actor) {
		conflicts.requireNoStake(actor, RecordRef.of(RecordKind.INCIDENT, id.value()), "issue a broadcast");
		Incident incident = incidents.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id));
		incident.requireOpen("broadcast");
		Instant now = clock.instant();
		String wanted = text == null || text.isBlank() ? DescriptionBroadcast.proposedText(incident) : text;
		DescriptionBroadcast broadcast = DescriptionBroadcast.compose(id, incident.person(), wanted, now,
				actor.username());
		jdbc.sql(
				"insert into description_broadcast (id, incident_id, issued_at, issued_by, text) values (:id, :incident, :at, :by, :text)")
			.param("id", broadcast.id()).param("incident", id.value()).param("at", Incidents.utc(now))
			.param("by", actor.username()).param("text", broadcast.text()).update();
		timelines.append(id,
				TimelineEntry.of(now, TimelineEventType.BROADCAST_ISSUED, Acting.officer(actor), broadcast.text(),
						actor.username(), now));
		log.completeBy(incident, CompletingEvent.BROADCAST_ISSUED, now, actor, Acting.officer(actor));
		audit.access(AuditAction.CREATE, Protocols.COMPONENT,
				RecordReference.of("DescriptionBroadcast", broadcast.id()),
				Sentence.of("audit.detail.incident.named", id));
		return broadcast;
	}

	public List<DescriptionBroadcast> of(IncidentId id) {
		return jdbc.sql(
				"select id, issued_at, issued_by, text from description_broadcast where incident_id = :incident order by issued_at")
			.param("incident", id.value())
			.query((rs, row) -> new DescriptionBroadcast(rs.getObject(1, UUID.class), id,
					Incidents.instant(rs.getTimestamp(2)),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	public DescriptionBroadcast get(IncidentId id, UUID broadcast) {
		return of(id).stream().filter(b -> b.id().equals(broadcast)).findFirst()
			.orElseThrow(() -> new UnknownRecord("protocol.broadcast.unknown", broadcast, id));
	}
}
