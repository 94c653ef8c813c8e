package org.leoprotocol.evidence.bodycamera;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which officer wore which body camera, and when. A supervisor assigns a device to an officer from a moment on,
 * open-ended or until a stated end, and ends the assignment when the camera goes back to the rack; one device is worn
 * by at most one officer at a time. Footage is placed with the officer whose assignment covers its recording start, so
 * a gap finding names the officer who wore the camera, not whoever uploaded the file.
 */
@Service
public class BodyCameras {

	static final int MAX_DEVICE = 100;
	private static final String COLUMNS = "select id, device_id, officer_id, assigned_from, assigned_until, recorded_by, recorded_at, "
			+ "ended_by from body_camera_assignment ";

	private final JdbcClient jdbc;
	private final Roster roster;
	private final AuditTrail audit;
	private final Clock clock;

	BodyCameras(JdbcClient jdbc, Roster roster, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every assignment, the newest first; reading them is audited. */
	@Transactional
	public List<DeviceAssignment> assignments() {
		audit.access(AuditAction.READ, EvidenceIntake.COMPONENT, RecordReference.of("BodyCameraAssignment", "all"),
				Sentence.of("audit.detail.body-camera.listed"));
		return jdbc.sql(COLUMNS + "order by assigned_from desc, device_id").query(this::assignment).list();
	}

	/**
	 * Assigns {@code device} to the officer with {@code badgeNumber} from {@code from} (now when null) until
	 * {@code until} (open-ended when null). AssignmentRefused when the device is worn by someone else in that period.
	 */
	@Transactional
	public DeviceAssignment assign(String device, String badgeNumber, Instant from, Instant until, Actor actor) {
		String id = device(device);
		if (badgeNumber == null || badgeNumber.isBlank()) {
			throw new AssignmentRefused("footage.error.badge-missing");
		}
		Officer officer = roster.findByBadge(badgeNumber.strip())
			.orElseThrow(() -> new AssignmentRefused("footage.error.badge-unknown", badgeNumber.strip()));
		Instant start = from == null ? clock.instant() : from;
		if (until != null && !until.isAfter(start)) {
			throw new AssignmentRefused("footage.error.order");
		}
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(:device))) locked")
			.param("device", "body-camera:" + id)
			.query(Integer.class).single();
		Optional<DeviceAssignment> overlapping = jdbc.sql(COLUMNS + """
				where device_id = :device and assigned_from < coalesce(:until, 'infinity'::timestamptz)
				  and coalesce(assigned_until, 'infinity'::timestamptz) > :from order by assigned_from limit 1
				""").param("device", id).param("from", utc(start)).param("until", utc(until)).query(this::assignment)
			.optional();
		if (overlapping.isPresent()) {
			throw new AssignmentRefused("footage.error.overlap", id, overlapping.get().badgeNumber());
		}
		UUID key = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into body_camera_assignment (id, device_id, officer_id, assigned_from, assigned_until, recorded_by, recorded_at)
						values (:id, :device, :officer, :from, :until, :by, :at)
						""")
			.param("id", key).param("device", id).param("officer", officer.id().value()).param("from", utc(start))
			.param("until", utc(until)).param("by", actor.username()).param("at", utc(clock.instant())).update();
		audit.access(AuditAction.CREATE, EvidenceIntake.COMPONENT, RecordReference.of("BodyCameraAssignment", key),
				Sentence.of("audit.detail.body-camera.assigned", id, officer.badgeNumber()));
		return get(key);
	}

	/** Ends an open assignment at {@code at} (now when null): the camera went back to the rack. */
	@Transactional
	public DeviceAssignment end(UUID id, Instant at, Actor actor) {
		DeviceAssignment assignment = jdbc.sql(COLUMNS + "where id = :id for update").param("id", id)
			.query(this::assignment)
			.optional()
			.orElseThrow(() -> new UnknownRecord("evidence.camera.assignment.unknown", id));
		if (assignment.until() != null) {
			throw new AssignmentRefused("footage.error.ended");
		}
		Instant end = at == null ? clock.instant() : at;
		if (!end.isAfter(assignment.from())) {
			throw new AssignmentRefused("footage.error.order");
		}
		jdbc.sql("update body_camera_assignment set assigned_until = :until, ended_by = :by where id = :id")
			.param("until", utc(end)).param("by", actor.username()).param("id", id).update();
		audit.access(AuditAction.UPDATE, EvidenceIntake.COMPONENT, RecordReference.of("BodyCameraAssignment", id),
				Sentence.of("audit.detail.body-camera.ended", assignment.deviceId()));
		return get(id);
	}

	/** The officer who wore {@code device} at {@code at}, if an assignment says so. */
	Optional<OfficerId> wornBy(String device, Instant at) {
		return jdbc.sql("""
				select officer_id from body_camera_assignment
				where device_id = :device and assigned_from <= :at and (assigned_until is null or assigned_until > :at)
				""").param("device", device).param("at", utc(at)).query(UUID.class).optional().map(OfficerId::new);
	}

	private DeviceAssignment get(UUID id) {
		return jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(this::assignment).single();
	}

	private DeviceAssignment assignment(ResultSet rs, int row) throws SQLException {
		OfficerId officer = new OfficerId(rs.getObject("officer_id", UUID.class));
		Optional<Officer> known = roster.find(officer);
		return new DeviceAssignment(rs.getObject("id", UUID.class), rs.getString("device_id"), officer,
				known.map(Officer::badgeNumber).orElse(null),
				known.map(o -> o.rank() + " " + o.firstName() + " " + o.lastName()).orElse(null),
				instant(rs, "assigned_from"), instant(rs, "assigned_until"), rs.getString("recorded_by"),
				instant(rs, "recorded_at"), rs.getString("ended_by"));
	}

	static String device(String device) {
		if (device == null || device.isBlank()) {
			throw new AssignmentRefused("footage.error.device-missing");
		}
		String id = device.strip();
		if (id.length() > MAX_DEVICE || id.chars().anyMatch(Character::isISOControl)) {
			throw new AssignmentRefused("footage.error.device-invalid", MAX_DEVICE);
		}
		return id;
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
