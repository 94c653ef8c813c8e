package org.leoprotocol.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Token buckets per client address for everything the public may submit without signing in (complaints, event
 * registrations, survey answers), kept in PostgreSQL (table {@code intake_throttle}) so that every node of a cluster
 * draws from the same bucket. One statement refills and takes a token atomically; a bucket holds an hour's
 * allowance, so a burst up to that size passes. Addresses are stored only as hashes.
 * <p>
 * A bucket is committed without waiting for the write-ahead log to reach the disk ({@code synchronous_commit = off}
 * for this transaction only). If the server crashes, the last fraction of a second of token taking is forgotten and
 * a client gets a few tokens back, which is harmless; in exchange the bucket row is locked for microseconds instead
 * of a disk flush, so one busy address (a shelter's or a library's shared connection) never queues every other
 * submission behind its flush. What the client submits is committed durably in its own transaction.
 */
@Component
public class ClientThrottle {

	private final JdbcClient jdbc;
	private final Clock clock;

	ClientThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes a token from the client's bucket for the purpose, or throws {@link TooManyRequests} with the seconds
	 * until one is free. Runs in a transaction of its own, so a refused or failed submission still spends its token.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void take(String purpose, String clientAddress, int perHour) {
		double capacity = perHour;
		double perSecond = capacity / 3600.0;
		jdbc.sql("set local synchronous_commit = off").update();
		boolean granted = jdbc.sql("""
				insert into intake_throttle as t (bucket, tokens, refilled_at) values (:bucket, :capacity - 1, :now)
				on conflict (bucket) do update
				  set tokens = least(:capacity, t.tokens + greatest(0, extract(epoch from (:now - t.refilled_at))) * :rate) - 1,
				      refilled_at = :now
				  where least(:capacity, t.tokens + greatest(0, extract(epoch from (:now - t.refilled_at))) * :rate) >= 1
				""")
			.param("bucket", purpose + ":" + HexFormat.of().formatHex(sha256("client:" + clientAddress)))
			.param("capacity", capacity)
			.param("rate", perSecond)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
		if (!granted) {
			throw new TooManyRequests(Math.max(1, (long) Math.ceil(1 / perSecond)));
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", impossible);
		}
	}

	/** A client sent more than its allowance; answered with 429 and the seconds to wait ({@code Retry-After}). */
	public static class TooManyRequests extends RuntimeException {

		private final long retryAfterSeconds;

		TooManyRequests(long retryAfterSeconds) {
			super("Too many requests from your address; please try again in " + retryAfterSeconds + " seconds.");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		public long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}
}
