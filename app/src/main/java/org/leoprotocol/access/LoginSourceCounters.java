package org.leoprotocol.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

import org.leoprotocol.shared.secret.SecretHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per account and client address ({@link LockoutPolicy}), in plain SQL. Addresses are kept only as
 * SHA-256 hashes; the audit trail holds them in clear where CJIS asks for them.
 */
@Repository
class LoginSourceCounters {

	private final JdbcClient jdbc;

	LoginSourceCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LoginCounter find(String username, String source) {
		return jdbc.sql(
				"select failed_attempts, locked_until from login_source_counter where username = :username and source_hash = :source")
			.param("username", username)
			.param("source", hash(source))
			.query((rs, row) -> new LoginCounter(rs.getInt(1), instant(rs.getTimestamp(2))))
			.optional()
			.orElse(LoginCounter.CLEAR);
	}

	/** The counter, locked against concurrent failures until the transaction ends; a clear one if none was kept. */
	LoginCounter lockForUpdate(String username, String source) {
		jdbc.sql("""
				insert into login_source_counter (username, source_hash, failed_attempts) values (:username, :source, 0)
				on conflict do nothing
				""").param("username", username).param("source", hash(source)).update();
		jdbc.sql("select 1 from login_source_counter where username = :username and source_hash = :source for update")
			.param("username", username).param("source", hash(source)).query(Integer.class).single();
		return find(username, source);
	}

	void save(String username, String source, LoginCounter counter) {
		jdbc.sql("""
				update login_source_counter set failed_attempts = :failures, locked_until = :until
				where username = :username and source_hash = :source
				""")
			.param("failures", counter.consecutiveFailures())
			.param("until", counter.lockedUntil() == null ? null : counter.lockedUntil().atOffset(ZoneOffset.UTC))
			.param("username", username)
			.param("source", hash(source))
			.update();
	}

	void clear(String username, String source) {
		jdbc.sql("delete from login_source_counter where username = :username and source_hash = :source")
			.param("username", username).param("source", hash(source)).update();
	}

	/** Forgets every address's failures for the account: an administrator released it. */
	void clearAll(String username) {
		jdbc.sql("delete from login_source_counter where username = :username").param("username", username).update();
	}

	static String hash(String source) {
		return SecretHash.sha256Hex("login-source:" + source);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
