package org.leoprotocol.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts, their roles and their password credential, in plain SQL. */
@Repository
class StaffAccounts {

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.officer_id, a.enabled, a.failed_attempts,
			       greatest(a.locked_until, (select max(s.locked_until) from login_source_counter s
			                                 where s.username = a.username and s.failed_attempts >= %d)) as locked_until,
			       coalesce(string_agg(r.role, ','), '') as roles
			from staff_account a left join staff_role r on r.account_id = a.id
			"""
		.formatted(LockoutPolicy.MAX_CONSECUTIVE_FAILURES);

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " where a.username = :username group by a.id")
			.param("username", username)
			.query(StaffAccounts::account)
			.optional();
	}

	Optional<StaffAccount> findById(UUID id) {
		return jdbc.sql(SELECT + " where a.id = :id group by a.id").param("id", id).query(StaffAccounts::account)
			.optional();
	}

	/** The accounts of an officer: usually one, none for an officer who never signs in. */
	List<StaffAccount> findByOfficer(UUID officerId) {
		return jdbc.sql(SELECT + " where a.officer_id = :officer group by a.id").param("officer", officerId)
			.query(StaffAccounts::account).list();
	}

	List<StaffAccount> findAll() {
		return jdbc.sql(SELECT + " group by a.id order by a.username").query(StaffAccounts::account).list();
	}

	Optional<LoginCounter> lockCounterForUpdate(String username) {
		return jdbc.sql("select failed_attempts, locked_until from staff_account where username = :username for update")
			.param("username", username)
			.query((rs, row) -> new LoginCounter(rs.getInt(1), instant(rs.getTimestamp(2))))
			.optional();
	}

	void saveCounter(String username, LoginCounter counter) {
		jdbc.sql(
				"update staff_account set failed_attempts = :failures, locked_until = :until where username = :username")
			.param("failures", counter.consecutiveFailures())
			.param("until", counter.lockedUntil() == null ? null : counter.lockedUntil().atOffset(ZoneOffset.UTC))
			.param("username", username)
			.update();
	}

	Optional<String> passwordHash(UUID accountId) {
		return jdbc.sql("select secret from staff_credential where account_id = :id and kind = 'PASSWORD'")
			.param("id", accountId)
			.query(String.class)
			.optional();
	}

	boolean hasAccountWithRole(Role role) {
		return jdbc.sql("select exists (select 1 from staff_role where role = :role)").param("role", role.name())
			.query(Boolean.class).single();
	}

	void insert(StaffAccount account, Instant createdAt) {
		jdbc.sql("""
				insert into staff_account (id, username, display_name, officer_id, enabled, created_at)
				values (:id, :username, :displayName, :officerId, :enabled, :createdAt)
				""")
			.param("id", account.id())
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("officerId", account.officerId())
			.param("enabled", account.enabled())
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.update();
		replaceRoles(account.id(), account.roles());
	}

	void replaceRoles(UUID accountId, Set<Role> roles) {
		jdbc.sql("delete from staff_role where account_id = :id").param("id", accountId).update();
		for (Role role : roles) {
			jdbc.sql("insert into staff_role (account_id, role) values (:id, :role)")
				.param("id", accountId).param("role", role.name()).update();
		}
	}

	void setEnabled(UUID accountId, boolean enabled) {
		jdbc.sql("update staff_account set enabled = :enabled where id = :id").param("enabled", enabled)
			.param("id", accountId)
			.update();
	}

	void savePassword(UUID accountId, String hash, Instant at) {
		jdbc.sql("""
				insert into staff_credential (account_id, kind, secret, created_at) values (:id, 'PASSWORD', :hash, :at)
				on conflict (account_id, kind) do update set secret = excluded.secret, created_at = excluded.created_at
				""")
			.param("id", accountId).param("hash", hash).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	Optional<StaffContact> contact(String column, Object value) {
		return jdbc
			.sql("select id, username, display_name, email, officer_id, enabled from staff_account where " + column
					+ " = :value")
			.param("value", value)
			.query((rs, row) -> new StaffContact(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("email"), rs.getObject("officer_id", UUID.class),
					rs.getBoolean("enabled")))
			.optional();
	}

	Optional<UUID> accountOfOfficer(UUID officerId) {
		return jdbc.sql("select id from staff_account where officer_id = :id order by enabled desc, created_at limit 1")
			.param("id", officerId).query(UUID.class).optional();
	}

	void setEmail(UUID accountId, String email) {
		jdbc.sql("update staff_account set email = :email where id = :id").param("email", email).param("id", accountId)
			.update();
	}

	private static StaffAccount account(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : rs.getString("roles").split(",", -1)) {
			if (!role.isBlank()) {
				roles.add(Role.valueOf(role));
			}
		}
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getObject("officer_id", UUID.class), rs.getBoolean("enabled"),
				new LoginCounter(rs.getInt("failed_attempts"), instant(rs.getTimestamp("locked_until"))), roles);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
