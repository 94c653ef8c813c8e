package org.leoprotocol.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outreach events in plain SQL. */
@Repository
class OutreachEvents {

	private static final String SELECT = "select id, title, starts_at, place, activities, capacity, language from outreach_event";

	private final JdbcClient jdbc;

	OutreachEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OutreachEvent event, Instant now) {
		jdbc.sql(
				"""
						insert into outreach_event (id, title, starts_at, place, activities, capacity, language, created_at, updated_at)
						values (:id, :title, :starts, :place, :activities, :capacity, :language, :now, :now)
						""")
			.params(params(event, now)).update();
	}

	void update(OutreachEvent event, Instant now) {
		jdbc.sql("""
				update outreach_event set title = :title, starts_at = :starts, place = :place, activities = :activities,
				  capacity = :capacity, language = :language, updated_at = :now where id = :id
				""").params(params(event, now)).update();
	}

	Optional<OutreachEvent> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(OutreachEvents::event).optional();
	}

	/** Locks the event's row: registrations and cancellations for one event take their turn, so capacity holds. */
	Optional<OutreachEvent> lock(UUID id) {
		return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(OutreachEvents::event).optional();
	}

	List<OutreachEvent> startingFrom(Instant from) {
		return jdbc.sql(SELECT + " where starts_at >= :from order by starts_at").param("from", utc(from))
			.query(OutreachEvents::event).list();
	}

	List<OutreachEvent> startedBefore(Instant before) {
		return jdbc.sql(SELECT + " where starts_at < :before order by starts_at desc").param("before", utc(before))
			.query(OutreachEvents::event).list();
	}

	List<OutreachEvent> all() {
		return jdbc.sql(SELECT + " order by starts_at desc").query(OutreachEvents::event).list();
	}

	private static java.util.Map<String, Object> params(OutreachEvent event, Instant now) {
		return java.util.Map.of("now", utc(now), "id", event.id(), "title", event.title(), "starts",
				utc(event.startsAt()), "place", event.place(),
				"activities", event.activities(), "capacity", event.capacity(), "language", event.language());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static OutreachEvent event(ResultSet rs, int row) throws SQLException {
		return new OutreachEvent(rs.getObject("id", UUID.class), rs.getString("title"),
				rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getString("place"),
				rs.getString("activities"),
				rs.getInt("capacity"), rs.getString("language"));
	}
}
