package org.leoprotocol.audit.chain;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.audit.AuditChainSealed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals audit rows into the hash chain ({@code audit_chain}). Rows are sealed in position order among those not yet
 * sealed, so a row whose transaction committed late is sealed after rows with higher positions; linking rows as they
 * are written instead would make every audited transaction wait for the one before it to commit. One node seals at a
 * time (a transaction-scoped advisory lock; the others skip their turn).
 */
@Component
public class ChainLinks {

	static final byte[] GENESIS = new byte[32];
	/** How far below the newest sealed position a late-committing row is still looked for. */
	private static final long LATE_WINDOW = 100_000;
	private static final int BATCH = 5_000;
	private static final long SEALING_LOCK = 0x4c454f41554454L;

	private final JdbcClient jdbc;
	private final Clock clock;

	ChainLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Seals every unsealed row and returns the new head, or nothing when there was nothing to seal. */
	@Transactional(propagation = Propagation.REQUIRED)
	public Optional<AuditChainSealed> sealAll() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", SEALING_LOCK).query(Boolean.class)
			.single()) {
			return Optional.empty();
		}
		Optional<AuditChainSealed> head = Optional.empty();
		for (int sealed = BATCH; sealed == BATCH;) {
			List<ChainLink> links = nextLinks();
			links.forEach(this::insert);
			sealed = links.size();
			if (!links.isEmpty()) {
				ChainLink last = links.get(links.size() - 1);
				head = Optional.of(new AuditChainSealed(last.seq(), last.position(),
						java.util.HexFormat.of().formatHex(last.chain())));
			}
		}
		return head;
	}

	private List<ChainLink> nextLinks() {
		ChainLink tail = jdbc.sql(
				"select seq, audit_position, content_hash, previous_hash, chain_hash from audit_chain order by seq desc limit 1")
			.query((rs, n) -> new ChainLink(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4),
					rs.getBytes(5)))
			.optional().orElse(new ChainLink(0, 0, GENESIS, GENESIS, GENESIS));
		List<ChainLink> links = new ArrayList<>();
		jdbc.sql("select " + RowContent.COLUMNS + " from audit_event e where e.position > :floor"
				+ " and not exists (select 1 from audit_chain c where c.audit_position = e.position) order by e.position limit "
				+ BATCH)
			.param("floor", Math.max(0, tail.position() - LATE_WINDOW))
			.query(rs -> {
				ChainLink previous = links.isEmpty() ? tail : links.get(links.size() - 1);
				byte[] content = RowContent.hash(rs, 1);
				links.add(new ChainLink(previous.seq() + 1, rs.getLong(1), content, previous.chain(),
						RowContent.sha256(previous.chain(), content)));
			});
		return links;
	}

	private void insert(ChainLink link) {
		jdbc.sql("""
				insert into audit_chain (seq, audit_position, content_hash, previous_hash, chain_hash, sealed_at)
				values (:seq, :position, :content, :previous, :chain, :at)
				""")
			.param("seq", link.seq()).param("position", link.position()).param("content", link.content())
			.param("previous", link.previous()).param("chain", link.chain())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
	}
}
