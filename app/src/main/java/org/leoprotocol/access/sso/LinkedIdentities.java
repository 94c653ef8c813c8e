package org.leoprotocol.access.sso;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts as the provider's subjects are linked to them, in plain SQL. */
@Repository
class LinkedIdentities {

	private final JdbcClient jdbc;

	LinkedIdentities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<LinkedAccount> linked(String issuer, String subject) {
		return jdbc
			.sql("""
					select a.id, a.username, a.enabled from staff_external_identity e join staff_account a on a.id = e.account_id
					where e.issuer = :issuer and e.subject = :subject
					""")
			.param("issuer", issuer).param("subject", subject).query(LinkedAccount.class).optional();
	}

	Optional<LinkedAccount> byUsername(String username) {
		return jdbc.sql("select id, username, enabled from staff_account where username = :username")
			.param("username", username).query(LinkedAccount.class).optional();
	}

	boolean hasLink(UUID accountId, String issuer) {
		return jdbc
			.sql("select exists (select 1 from staff_external_identity where account_id = :id and issuer = :issuer)")
			.param("id", accountId).param("issuer", issuer).query(Boolean.class).single();
	}

	LinkedAccount open(String username, String displayName, Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"insert into staff_account (id, username, display_name, enabled, created_at) values (:id, :username, :name, true, :at)")
			.param("id", id).param("username", username).param("name", displayName)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return new LinkedAccount(id, username, true);
	}

	void link(UUID accountId, String issuer, String subject, Instant at) {
		jdbc.sql(
				"insert into staff_external_identity (issuer, subject, account_id, linked_at) values (:issuer, :subject, :id, :at)")
			.param("issuer", issuer).param("subject", subject).param("id", accountId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	void signedIn(String issuer, String subject, Set<Role> roles, UUID accountId, Instant at) {
		jdbc.sql("update staff_external_identity set last_sign_in = :at where issuer = :issuer and subject = :subject")
			.param("at", at.atOffset(ZoneOffset.UTC)).param("issuer", issuer).param("subject", subject).update();
		jdbc.sql("delete from staff_role where account_id = :id").param("id", accountId).update();
		for (Role role : roles) {
			jdbc.sql("insert into staff_role (account_id, role) values (:id, :role)").param("id", accountId)
				.param("role", role.name()).update();
		}
	}
}
