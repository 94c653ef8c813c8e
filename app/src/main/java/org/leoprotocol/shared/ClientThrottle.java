package org.leoprotocol.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leoprotocol.shared.secret.SecretHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets per client address for everything the public may submit without signing in (complaints, event
 * registrations, survey answers), kept in PostgreSQL (table {@code intake_throttle}) so that every node of a cluster
 * draws from the same bucket. One statement refills and takes a token atomically; a bucket holds an hour's allowance,
 * so a burst up to that size passes. Addresses are stored only as hashes.
 */
@Component
public class ClientThrottle {

	/** The most tokens a node takes from a bucket in one trip to the database. */
	static final int MOST_LEASED = 100;
	/** How long a node may hand out tokens it has taken; what is left then is dropped, never returned. */
	static final Duration LEASE = Duration.ofSeconds(1);
	private static final int LEASES_KEPT = 10_000;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;
	private final Map<String, BucketLease> leases = new ConcurrentHashMap<>();

	ClientThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Takes a token from the client's bucket for the purpose, or throws {@link TooManyRequests} with the seconds until
	 * one is free. A token taken from the database is spent in a transaction of its own, so a refused or failed
	 * submission still spends it.
	 * <p>
	 * A bucket that refills faster than one token a second (a shared address with a raised allowance, or a load test)
	 * is served from a lease: the node takes up to a second's refill at once and hands the tokens out from memory for
	 * at most {@link #LEASE}. Ordinary buckets (20 an hour) lease one token at a time, so they behave exactly as one
	 * shared bucket; a busy bucket costs the database one update per lease instead of one per request, and the cluster
	 * never hands out more than the bucket held.
	 */
	public void take(String purpose, String clientAddress, int perHour) {
		String bucket = bucket(purpose, clientAddress);
		Instant now = clock.instant();
		BucketLease lease = leases.computeIfPresent(bucket, (key, held) -> held.takeOne(now));
		if (lease != null && lease.granted()) {
			return;
		}
		double perSecond = perHour / 3600.0;
		int wanted = (int) Math.max(1, Math.min(MOST_LEASED, Math.floor(perSecond)));
		int taken = ownTransaction.execute(status -> takeFromDatabase(bucket, perHour, perSecond, wanted, now));
		if (taken == 0) {
			throw new TooManyRequests(Math.max(1, (long) Math.ceil(1 / perSecond)));
		}
		if (taken > 1) {
			if (leases.size() > LEASES_KEPT) {
				leases.values().removeIf(held -> held.expired(now));
			}
			leases.put(bucket, new BucketLease(taken - 1, now.plus(LEASE), false));
		}
	}

	/** The bucket's key: the purpose and the hash of the address, never the address itself. */
	static String bucket(String purpose, String clientAddress) {
		return purpose + ":" + SecretHash.sha256Hex("client:" + clientAddress);
	}

	/**
	 * Refills the bucket and takes {@code wanted} tokens, or one if fewer are left; returns how many it took. The
	 * transaction commits without waiting for the disk ({@code synchronous_commit = off} for it alone): after a crash
	 * the last fraction of a second of token taking is forgotten and a client gets a few tokens back, which is
	 * harmless, and in exchange the bucket row is locked for microseconds instead of a disk flush.
	 */
	private int takeFromDatabase(String bucket, double capacity, double perSecond, int wanted, Instant now) {
		jdbc.sql("set local synchronous_commit = off").update();
		for (int tokens : wanted > 1 ? new int[] { wanted, 1 } : new int[] { 1 }) {
			boolean granted = jdbc
				.sql("""
						insert into intake_throttle as t (bucket, tokens, refilled_at) values (:bucket, :capacity - :take, :now)
						on conflict (bucket) do update
						  set tokens = least(:capacity, t.tokens + greatest(0, extract(epoch from (:now - t.refilled_at))) * :rate) - :take,
						      refilled_at = :now
						  where least(:capacity, t.tokens + greatest(0, extract(epoch from (:now - t.refilled_at))) * :rate) >= :take
						""")
				.param("bucket", bucket)
				.param("capacity", capacity)
				.param("rate", perSecond)
				.param("take", tokens)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update() == 1;
			if (granted) {
				return tokens;
			}
		}
		return 0;
	}
}
