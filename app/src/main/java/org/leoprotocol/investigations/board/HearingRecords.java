package org.leoprotocol.investigations.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Board members, hearings, attendees and votes, in plain SQL. */
@Repository
public class HearingRecords {

	private static final String SELECT = """
			select id, investigation_id, purpose, subject_officer, held_at, presented, minutes, decision, decided_at from hearing
			""";

	private final JdbcClient jdbc;

	HearingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void seat(String username, String displayName, Instant at) {
		jdbc.sql("""
				insert into board_member (username, display_name, seated_at) values (:u, :n, :at)
				on conflict (username) do update set display_name = excluded.display_name
				""").param("u", username).param("n", displayName).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	public boolean isMember(String username) {
		return jdbc.sql("select count(*) from board_member where username = :u").param("u", username).query(Long.class)
			.single() > 0;
	}

	public List<String> members() {
		return jdbc.sql("select username from board_member order by username").query(String.class).list();
	}

	public void insert(Hearing hearing, String recordedBy) {
		jdbc.sql(
				"""
						insert into hearing (id, investigation_id, purpose, subject_officer, held_at, presented, minutes, recorded_by)
						values (:id, :case, :purpose, :subject, :held, :presented, :minutes, :by)
						""")
			.param("id", hearing.id()).param("case", hearing.investigationId().value())
			.param("purpose", hearing.purpose().name())
			.param("subject", hearing.subjectOfficer() == null ? null : hearing.subjectOfficer().value())
			.param("held", hearing.heldAt().atOffset(ZoneOffset.UTC)).param("presented", hearing.presented())
			.param("minutes", hearing.minutes()).param("by", recordedBy)
			.update();
		for (int i = 0; i < hearing.attendees().size(); i++) {
			jdbc.sql("insert into hearing_attendee (hearing_id, position, name, role) values (:h, :p, :n, :r)")
				.param("h", hearing.id()).param("p", i).param("n", hearing.attendees().get(i).name())
				.param("r", hearing.attendees().get(i).role()).update();
		}
	}

	public void vote(UUID hearing, Hearing.Vote vote) {
		jdbc.sql("insert into hearing_vote (hearing_id, member, choice, cast_at) values (:h, :m, :c, :at)")
			.param("h", hearing).param("m", vote.member()).param("c", vote.choice())
			.param("at", vote.castAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	public void decide(UUID hearing, String decision, Instant at) {
		jdbc.sql("update hearing set decision = :d, decided_at = :at where id = :h and decision is null")
			.param("d", decision).param("at", at.atOffset(ZoneOffset.UTC)).param("h", hearing).update();
	}

	/** Who recorded the hearing, and so wrote its minutes. */
	public String recordedBy(UUID hearing) {
		return jdbc.sql("select recorded_by from hearing where id = :h").param("h", hearing).query(String.class)
			.single();
	}

	public Optional<Hearing> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::hearing).optional();
	}

	public Optional<Hearing> findForUpdate(UUID id) {
		return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(this::hearing).optional();
	}

	public List<Hearing> decided(int limit) {
		return jdbc.sql(SELECT + " where decision is not null order by decided_at desc limit :limit")
			.param("limit", limit)
			.query(this::hearing).list();
	}

	public List<Hearing> undecided(int limit) {
		return jdbc.sql(SELECT + " where decision is null order by held_at limit :limit").param("limit", limit)
			.query(this::hearing).list();
	}

	public List<Hearing> of(InvestigationId investigation) {
		return jdbc.sql(SELECT + " where investigation_id = :id order by held_at").param("id", investigation.value())
			.query(this::hearing).list();
	}

	private Hearing hearing(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Hearing.Attendee> attendees = jdbc
			.sql("select name, role from hearing_attendee where hearing_id = :h order by position")
			.param("h", id).query((r, n) -> new Hearing.Attendee(r.getString(1), r.getString(2))).list();
		List<Hearing.Vote> votes = jdbc
			.sql("select member, choice, cast_at from hearing_vote where hearing_id = :h order by cast_at, member")
			.param("h", id)
			.query((r, n) -> new Hearing.Vote(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant())).list();
		UUID subject = rs.getObject("subject_officer", UUID.class);
		java.sql.Timestamp decided = rs.getTimestamp("decided_at");
		return new Hearing(id, new InvestigationId(rs.getObject("investigation_id", UUID.class)),
				Hearing.Purpose.valueOf(rs.getString("purpose")), subject == null ? null : new OfficerId(subject),
				rs.getTimestamp("held_at").toInstant(), attendees, rs.getString("presented"), rs.getString("minutes"),
				votes,
				rs.getString("decision"), decided == null ? null : decided.toInstant());
	}
}
