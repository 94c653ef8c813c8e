package org.leoprotocol.access.factor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The TOTP secret of a local account and its recovery codes, in plain SQL. */
@Repository
class TotpCredentials {

	private final JdbcClient jdbc;

	TotpCredentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> accountId(String username) {
		return jdbc.sql("select id from staff_account where username = :username").param("username", username)
			.query(UUID.class).optional();
	}

	Optional<String> secret(UUID accountId) {
		return jdbc.sql("select secret from staff_credential where account_id = :id and kind = 'TOTP'")
			.param("id", accountId)
			.query(String.class).optional();
	}

	void enrol(UUID accountId, String secret, List<String> recoveryHashes, Instant at) {
		reset(accountId);
		jdbc.sql(
				"insert into staff_credential (account_id, kind, secret, created_at) values (:id, 'TOTP', :secret, :at)")
			.param("id", accountId).param("secret", secret).param("at", at.atOffset(ZoneOffset.UTC)).update();
		for (String hash : recoveryHashes) {
			jdbc.sql("insert into staff_recovery_code (account_id, code_hash) values (:id, :hash)")
				.param("id", accountId).param("hash", hash).update();
		}
	}

	/** Accepts a time step only if it is later than the last one accepted; false for a replayed code. */
	boolean acceptStep(UUID accountId, long step) {
		return jdbc.sql("""
				update staff_credential set last_step = :step
				where account_id = :id and kind = 'TOTP' and (last_step is null or last_step < :step)
				""").param("id", accountId).param("step", step).update() == 1;
	}

	/** Spends a recovery code; false when there is no such unused code. */
	boolean spendRecoveryCode(UUID accountId, String hash, Instant at) {
		return jdbc.sql(
				"update staff_recovery_code set used_at = :at where account_id = :id and code_hash = :hash and used_at is null")
			.param("id", accountId).param("hash", hash).param("at", at.atOffset(ZoneOffset.UTC)).update() == 1;
	}

	void reset(UUID accountId) {
		jdbc.sql("delete from staff_credential where account_id = :id and kind = 'TOTP'").param("id", accountId)
			.update();
		jdbc.sql("delete from staff_recovery_code where account_id = :id").param("id", accountId).update();
	}
}
