package org.leoprotocol.conflicts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The relations staff declared, append-only. */
@Repository
class DeclaredRelations {

	private final JdbcClient jdbc;

	DeclaredRelations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DeclaredRelation insert(String username, UUID officerId, String personName, String relation, Instant at) {
		DeclaredRelation declared = new DeclaredRelation(UUID.randomUUID(), username, officerId, personName, relation,
				at);
		jdbc.sql("""
				insert into declared_relation (id, username, officer_id, person_name, relation, declared_at)
				values (:id, :user, :officer, :person, :relation, :at)
				""").param("id", declared.id()).param("user", username).param("officer", officerId)
			.param("person", personName)
			.param("relation", relation).param("at", at.atOffset(ZoneOffset.UTC)).update();
		return declared;
	}

	List<DeclaredRelation> of(String username) {
		return jdbc.sql("select * from declared_relation where username = :user order by declared_at, id")
			.param("user", username)
			.query(DeclaredRelations::relation).list();
	}

	private static DeclaredRelation relation(ResultSet rs, int row) throws SQLException {
		return new DeclaredRelation(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getObject("officer_id", UUID.class),
				rs.getString("person_name"), rs.getString("relation"), rs.getTimestamp("declared_at").toInstant());
	}
}
