package org.leoprotocol.access.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens by the hash of their secret, in plain SQL. */
@Repository
class ApiTokens {

	private static final String SELECT = """
			select id, name, username, service, scopes, prefix, created_by, created_at, expires_at, last_used_at, revoked_at
			from api_token
			""";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiToken token, String hash) {
		jdbc.sql(
				"""
						insert into api_token (id, name, username, service, scopes, prefix, token_hash, created_by, created_at, expires_at)
						values (:id, :name, :username, :service, :scopes, :prefix, :hash, :createdBy, :createdAt, :expiresAt)
						""")
			.param("id", token.id()).param("name", token.name()).param("username", token.username())
			.param("service", token.service()).param("scopes", String.join(" ", token.scopes()))
			.param("prefix", token.prefix())
			.param("hash", hash).param("createdBy", token.createdBy()).param("createdAt", utc(token.createdAt()))
			.param("expiresAt", utc(token.expiresAt()))
			.update();
	}

	Optional<ApiToken> findByHash(String hash) {
		return jdbc.sql(SELECT + " where token_hash = :hash").param("hash", hash).query(ApiTokens::token).optional();
	}

	Optional<ApiToken> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ApiTokens::token).optional();
	}

	List<ApiToken> findAll() {
		return jdbc.sql(SELECT + " order by created_at desc").query(ApiTokens::token).list();
	}

	List<ApiToken> findByUsername(String username) {
		return jdbc.sql(SELECT + " where username = :username order by created_at desc").param("username", username)
			.query(ApiTokens::token).list();
	}

	void used(UUID id, Instant at) {
		jdbc.sql("update api_token set last_used_at = :at where id = :id").param("at", utc(at)).param("id", id)
			.update();
	}

	void revoke(UUID id, String by, Instant at) {
		jdbc.sql("update api_token set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
			.param("at", utc(at)).param("by", by).param("id", id).update();
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		Set<String> scopes = new TreeSet<>(Arrays.asList(rs.getString("scopes").split(" ")));
		return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("username"),
				rs.getBoolean("service"),
				scopes, rs.getString("prefix"), rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")),
				instant(rs.getTimestamp("revoked_at")));
	}

	private static Object utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
