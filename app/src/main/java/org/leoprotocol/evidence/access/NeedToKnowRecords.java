package org.leoprotocol.evidence.access;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.Actor;

/** Declared personal stakes and the staff put on case teams, the two tables of need to know that evidence keeps. */
@Repository
public class NeedToKnowRecords {

	private final JdbcClient jdbc;

	NeedToKnowRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void exclude(String caseReference, String username, String reason, Actor declaredBy, Instant at) {
		jdbc.sql("""
				insert into evidence_access_exclusion (case_reference, username, reason, declared_by, declared_at)
				values (:case, :user, :reason, :by, :at) on conflict do nothing
				""").param("case", caseReference).param("user", username).param("reason", reason)
			.param("by", declaredBy.username())
			.param("at", EvidenceItems.at(at)).update();
	}

	public void addToTeam(String caseReference, String username, Actor addedBy, Instant at) {
		jdbc.sql(
				"""
						insert into evidence_case_team (case_reference, username, added_by, added_at) values (:case, :user, :by, :at)
						on conflict do nothing
						""")
			.param("case", caseReference).param("user", username).param("by", addedBy.username())
			.param("at", EvidenceItems.at(at))
			.update();
	}

	Set<String> excluding(String username, List<String> cases) {
		return select(
				"select case_reference from evidence_access_exclusion where username = :user and case_reference in (:cases)",
				username, cases);
	}

	/** The user names put on the case's team. */
	Set<String> team(String caseReference) {
		return new HashSet<>(jdbc.sql("select username from evidence_case_team where case_reference = :case")
			.param("case", caseReference).query(String.class).list());
	}

	private Set<String> select(String sql, String username, List<String> cases) {
		if (cases.isEmpty()) {
			return Set.of();
		}
		var statement = jdbc.sql(sql).param("cases", cases);
		if (username != null) {
			statement = statement.param("user", username);
		}
		return new HashSet<>(statement.query(String.class).list());
	}
}
