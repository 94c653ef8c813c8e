package org.leoprotocol.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations in plain SQL; callers lock the event first. */
@Repository
class Registrations {

	private static final String SELECT = """
			select id, event_id, name, email, party_size, status, registered_at from event_registration""";

	private final JdbcClient jdbc;

	Registrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Registration registration, String submissionKey, byte[] tokenHash) {
		jdbc.sql(
				"""
						insert into event_registration (id, event_id, submission_key, name, email, party_size, status, token_hash, registered_at)
						values (:id, :event, :key, :name, :email, :party, :status, :hash, :at)
						""")
			.param("id", registration.id()).param("event", registration.eventId()).param("key", submissionKey)
			.param("name", registration.name()).param("email", registration.email())
			.param("party", registration.partySize())
			.param("status", registration.status().name()).param("hash", tokenHash)
			.param("at", OutreachEvents.utc(registration.registeredAt()))
			.update();
	}

	Optional<Registration> bySubmission(UUID eventId, String submissionKey) {
		return jdbc.sql(SELECT + " where event_id = :event and submission_key = :key").param("event", eventId)
			.param("key", submissionKey).query(Registrations::registration).optional();
	}

	boolean activeWithEmail(UUID eventId, String email) {
		return jdbc.sql(
				"select count(*) from event_registration where event_id = :event and lower(email) = lower(:email) and status <> 'CANCELLED'")
			.param("event", eventId).param("email", email).query(Long.class).single() > 0;
	}

	Optional<Registration> byToken(byte[] tokenHash) {
		return jdbc.sql(SELECT + " where token_hash = :hash").param("hash", tokenHash)
			.query(Registrations::registration).optional();
	}

	List<Registration> ofEvent(UUID eventId) {
		return jdbc.sql(SELECT + " where event_id = :event order by registered_at, id").param("event", eventId)
			.query(Registrations::registration).list();
	}

	long people(UUID eventId, RegistrationStatus status) {
		return jdbc.sql(
				"select coalesce(sum(party_size), 0) from event_registration where event_id = :event and status = :status")
			.param("event", eventId).param("status", status.name()).query(Long.class).single();
	}

	void setStatus(UUID id, RegistrationStatus status) {
		jdbc.sql("update event_registration set status = :status where id = :id").param("id", id)
			.param("status", status.name()).update();
	}

	private static Registration registration(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("name"),
				rs.getString("email"), rs.getInt("party_size"), RegistrationStatus.valueOf(rs.getString("status")),
				rs.getObject("registered_at", OffsetDateTime.class).toInstant());
	}
}
