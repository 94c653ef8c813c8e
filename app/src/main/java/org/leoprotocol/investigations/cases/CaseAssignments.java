package org.leoprotocol.investigations.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Everyone ever assigned to a case as its investigator; kept even after the case is reassigned. */
@Repository
public class CaseAssignments {

	private final JdbcClient jdbc;

	CaseAssignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(UUID investigation, String username, Instant at) {
		jdbc.sql("insert into case_assignment (investigation_id, username, assigned_at) values (:c, :u, :at)")
			.param("c", investigation).param("u", username).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	public boolean everAssigned(UUID investigation, String username) {
		return jdbc.sql("select count(*) from case_assignment where investigation_id = :c and username = :u")
			.param("c", investigation).param("u", username).query(Long.class).single() > 0;
	}

	/** The display names of board members who were ever this case's investigator. */
	public List<String> investigatingMembers(UUID investigation) {
		return jdbc.sql("""
				select distinct b.display_name from board_member b join case_assignment a on a.username = b.username
				where a.investigation_id = :c
				""").param("c", investigation).query(String.class).list();
	}

	/** How many seated board members never investigated this case: those who may vote on its hearing. */
	public long eligibleMembers(UUID investigation) {
		return jdbc
			.sql("""
					select count(*) from board_member b
					where not exists (select 1 from case_assignment a where a.investigation_id = :c and a.username = b.username)
					""")
			.param("c", investigation).query(Long.class).single();
	}
}
