package org.leoprotocol.complaints;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Token buckets per client address for public submissions and lookups, kept in PostgreSQL so that every node of
 * a cluster draws from the same bucket. One statement refills and takes a token atomically; a bucket holds an
 * hour's allowance, so a burst up to that size passes. Addresses are stored only as hashes.
 * <p>
 * A bucket is committed without waiting for the write-ahead log to reach the disk ({@code synchronous_commit = off}
 * for this transaction only). If the server crashes, the last fraction of a second of token taking is forgotten and
 * a client gets a few tokens back, which is harmless; in exchange the bucket row is locked for microseconds instead
 * of an fsync, so one busy address (a shelter's or a library's shared connection) never queues every other
 * submission behind its disk flush. The submission itself is committed durably in its own transaction.
 */
@Component
class IntakeThrottle {

	enum Purpose { SUBMIT, LOOKUP }

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int submissionsPerHour;
	private final int lookupsPerHour;

	IntakeThrottle(JdbcClient jdbc, Clock clock, @Value("${leo.complaints.submissions-per-hour:20}") int submissionsPerHour,
			@Value("${leo.complaints.lookups-per-hour:120}") int lookupsPerHour) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.submissionsPerHour = submissionsPerHour;
		this.lookupsPerHour = lookupsPerHour;
	}

	/** Takes a token for the client, or throws {@link IntakeThrottled} with the seconds until one is free. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void take(Purpose purpose, String clientAddress) {
		double capacity = purpose == Purpose.SUBMIT ? submissionsPerHour : lookupsPerHour;
		double perSecond = capacity / 3600.0;
		jdbc.sql("set local synchronous_commit = off").update();
		boolean granted = jdbc.sql("""
				insert into intake_throttle as t (bucket, tokens, refilled_at) values (:bucket, :capacity - 1, :now)
				on conflict (bucket) do update
				  set tokens = least(:capacity, t.tokens + greatest(0, extract(epoch from (:now - t.refilled_at))) * :rate) - 1,
				      refilled_at = :now
				  where least(:capacity, t.tokens + greatest(0, extract(epoch from (:now - t.refilled_at))) * :rate) >= 1
				""")
			.param("bucket", purpose.name() + ":" + HexFormat.of().formatHex(TrackingSecrets.sha256("client:" + clientAddress)))
			.param("capacity", capacity)
			.param("rate", perSecond)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
		if (!granted) {
			throw new IntakeThrottled(Math.max(1, (long) Math.ceil(1 / perSecond)));
		}
	}
}
