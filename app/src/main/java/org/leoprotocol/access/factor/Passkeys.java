package org.leoprotocol.access.factor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's passkeys as their owner and an administrator see them: listed with the name their owner gave each,
 * when it was added and last used; removed one at a time by their owner, or all at once by an administrator's reset
 * ({@link SecondFactors#reset}).
 */
@Component
public class Passkeys {

	private final JdbcClient jdbc;
	private final PasskeyCredentials credentials;

	Passkeys(JdbcClient jdbc, PasskeyCredentials credentials) {
		this.jdbc = jdbc;
		this.credentials = credentials;
	}

	public List<Passkey> of(String username) {
		return jdbc
			.sql("""
					select c.credential_id, c.label, c.created, c.last_used from user_credentials c
					join user_entities u on u.id = c.user_entity_user_id where u.name = :username order by c.created, c.credential_id
					""")
			.param("username", username)
			.query((rs, row) -> new Passkey(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
					instant(rs.getTimestamp(4))))
			.list();
	}

	public boolean any(String username) {
		return jdbc
			.sql("""
					select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id where u.name = :username
					""")
			.param("username", username).query(Integer.class).single() > 0;
	}

	/** Removes one of the owner's passkeys; false when the owner has no passkey with that id. */
	@Transactional
	public boolean remove(String username, String credentialId) {
		Optional<Passkey> owned = of(username).stream().filter(passkey -> passkey.id().equals(credentialId))
			.findFirst();
		owned.ifPresent(passkey -> credentials.delete(Bytes.fromBase64(passkey.id())));
		return owned.isPresent();
	}

	/** Removes every passkey of an account, for an administrator's reset, which audits it with its reason. */
	void removeAll(String username) {
		jdbc.sql(
				"""
						delete from user_credentials where user_entity_user_id in (select id from user_entities where name = :username)
						""")
			.param("username", username).update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
