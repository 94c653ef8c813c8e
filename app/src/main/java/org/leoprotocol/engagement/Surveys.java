package org.leoprotocol.engagement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey invitations and answers in plain SQL, and the aggregates the public results are made of. */
@Repository
class Surveys {

	private final JdbcClient jdbc;

	Surveys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An invitation after an incident: who may answer is whoever holds the token, until it is used or expires. */
	record Invitation(UUID id, UUID incidentId, Instant expiresAt, Instant usedAt) {
	}

	/** An invitation not yet answered, as the staff page lists it: no address, since none is kept. */
	record Outstanding(UUID id, UUID incidentId, String invitedBy, Instant invitedAt, Instant expiresAt) {
	}

	/** Counts and averages of the three ratings. */
	record Tally(long responses, double first, double second, double third) {

		List<Double> averages() {
			return List.of(round(first), round(second), round(third));
		}

		private static double round(double value) {
			return Math.round(value * 10) / 10.0;
		}
	}

	void invite(UUID id, UUID incidentId, byte[] tokenHash, String invitedBy, Instant at, Instant expiresAt) {
		jdbc.sql("""
				insert into survey_invitation (id, incident_id, token_hash, invited_by, invited_at, expires_at)
				values (:id, :incident, :hash, :by, :at, :expires)
				""").param("id", id).param("incident", incidentId).param("hash", tokenHash).param("by", invitedBy)
			.param("at", OutreachEvents.utc(at)).param("expires", OutreachEvents.utc(expiresAt)).update();
	}

	Optional<Invitation> invitation(byte[] tokenHash) {
		return jdbc.sql("select id, incident_id, expires_at, used_at from survey_invitation where token_hash = :hash")
			.param("hash", tokenHash)
			.query((rs, row) -> new Invitation(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
					rs.getObject("used_at", OffsetDateTime.class) == null ? null
							: rs.getObject("used_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Unanswered invitations sent since {@code since}, newest first. */
	List<Outstanding> outstanding(Instant since) {
		return jdbc.sql("""
				select id, incident_id, invited_by, invited_at, expires_at from survey_invitation
				where used_at is null and invited_at >= :since order by invited_at desc limit 100
				""").param("since", OutreachEvents.utc(since))
			.query((rs, row) -> new Outstanding(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
					rs.getString("invited_by"), rs.getObject("invited_at", OffsetDateTime.class).toInstant(),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Replaces an unanswered invitation's token, so the old link stops working in the same commit; false when there is
	 * no such invitation or it has been answered.
	 */
	boolean rotate(UUID invitationId, byte[] tokenHash, Instant expiresAt) {
		return jdbc.sql(
				"update survey_invitation set token_hash = :hash, expires_at = :expires where id = :id and used_at is null")
			.param("id", invitationId).param("hash", tokenHash).param("expires", OutreachEvents.utc(expiresAt))
			.update() == 1;
	}

	/** Marks the invitation used; false when another request used it first. */
	boolean use(UUID invitationId, Instant at) {
		return jdbc.sql("update survey_invitation set used_at = :at where id = :id and used_at is null")
			.param("id", invitationId).param("at", OutreachEvents.utc(at)).update() == 1;
	}

	boolean answered(UUID registrationId) {
		return jdbc.sql("select count(*) from survey_response where registration_id = :id").param("id", registrationId)
			.query(Long.class).single() > 0;
	}

	/** Stores an answer; false when the registration already answered (a double submit). */
	boolean answer(SurveyKind kind, UUID eventId, UUID registrationId, UUID invitationId, Ratings ratings, Instant at) {
		return jdbc
			.sql("""
					insert into survey_response (id, kind, event_id, registration_id, invitation_id, first_rating, second_rating,
					  third_rating, comment, answered_at)
					values (:id, :kind, :event, :registration, :invitation, :first, :second, :third, :comment, :at)
					on conflict do nothing
					""")
			.param("id", UUID.randomUUID()).param("kind", kind.name()).param("event", eventId)
			.param("registration", registrationId).param("invitation", invitationId).param("first", ratings.first())
			.param("second", ratings.second()).param("third", ratings.third()).param("comment", ratings.comment())
			.param("at", OutreachEvents.utc(at)).update() == 1;
	}

	Tally tallyOfEvent(UUID eventId) {
		return jdbc.sql("""
				select count(*) as n, coalesce(avg(first_rating), 0) as a, coalesce(avg(second_rating), 0) as b,
				  coalesce(avg(third_rating), 0) as c from survey_response where kind = 'EVENT' and event_id = :event
				""").param("event", eventId).query(Surveys::tally).single();
	}

	Tally tallyAfterIncidents() {
		return jdbc.sql("""
				select count(*) as n, coalesce(avg(first_rating), 0) as a, coalesce(avg(second_rating), 0) as b,
				  coalesce(avg(third_rating), 0) as c from survey_response where kind = 'INCIDENT'
				""").query(Surveys::tally).single();
	}

	/** Comments for staff, newest first; never published. */
	List<String> commentsOfEvent(UUID eventId) {
		return jdbc.sql(
				"select comment from survey_response where event_id = :event and comment is not null order by answered_at desc")
			.param("event", eventId).query(String.class).list();
	}

	private static Tally tally(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Tally(rs.getLong("n"), rs.getDouble("a"), rs.getDouble("b"), rs.getDouble("c"));
	}
}
