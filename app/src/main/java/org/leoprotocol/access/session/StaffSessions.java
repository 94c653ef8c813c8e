package org.leoprotocol.access.session;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The signed-in sessions of staff, which Spring Session keeps in PostgreSQL: ending them here signs the person out on
 * every node at once, since no node keeps a session of its own.
 */
@Repository
public class StaffSessions {

	private final JdbcClient jdbc;

	StaffSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ends every session of the user; returns how many there were. */
	public int endAllOf(String username) {
		return jdbc.sql("delete from spring_session where principal_name = :username").param("username", username)
			.update();
	}
}
