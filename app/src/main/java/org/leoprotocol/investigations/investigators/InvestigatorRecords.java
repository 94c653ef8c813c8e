package org.leoprotocol.investigations.investigators;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigators and their declared relations, in plain SQL. */
@Repository
public class InvestigatorRecords {

	private final JdbcClient jdbc;

	InvestigatorRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(String username, String displayName, OfficerId officerId) {
		jdbc.sql(
				"""
						insert into investigator (username, display_name, officer_id) values (:u, :name, :officer)
						on conflict (username) do update set display_name = excluded.display_name, officer_id = excluded.officer_id
						""")
			.param("u", username).param("name", displayName)
			.param("officer", officerId == null ? null : officerId.value())
			.update();
	}

	public void declare(String username, OfficerId officerId, String relation, Instant at) {
		jdbc.sql(
				"insert into relation_declaration (username, officer_id, relation, declared_at) values (:u, :o, :r, :at)")
			.param("u", username).param("o", officerId.value()).param("r", relation)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	public Optional<Investigator> find(String username) {
		return jdbc.sql("select username, display_name, officer_id from investigator where username = :u")
			.param("u", username)
			.query((rs, row) -> new Investigator(rs.getString(1), rs.getString(2),
					rs.getObject(3) == null ? null : new OfficerId(rs.getObject(3, UUID.class)), relations(username)))
			.optional();
	}

	public List<Investigator> all() {
		return jdbc.sql("select username from investigator order by username").query(String.class).list().stream()
			.map(username -> find(username).orElseThrow()).toList();
	}

	private List<Investigator.Relation> relations(String username) {
		return jdbc.sql("select officer_id, relation from relation_declaration where username = :u order by position")
			.param("u", username)
			.query((rs, row) -> new Investigator.Relation(new OfficerId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.list();
	}
}
