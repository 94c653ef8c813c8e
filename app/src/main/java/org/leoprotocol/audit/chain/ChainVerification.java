package org.leoprotocol.audit.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.leoprotocol.audit.AuditChainSealed;
import org.leoprotocol.audit.AuditIntegrityReport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from its first link: each link must follow the one before (no missing link, its previous hash
 * the hash before it, its own hash recomputed), its row must still exist with the content it was sealed with, and every
 * head entered in the custody ledger must still be in the chain with the same hash. Each finding names the position of
 * the audit row or the link it concerns.
 */
@Component
public class ChainVerification {

	private static final int MOST_FINDINGS = 200;

	private final JdbcClient jdbc;

	ChainVerification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public AuditIntegrityReport verify(List<AuditChainSealed> ledgerHeads) {
		Map<Long, AuditChainSealed> heads = new HashMap<>();
		ledgerHeads.forEach(head -> heads.put(head.seq(), head));
		Walk walk = new Walk(heads);
		jdbc.sql(
				"select c.seq, c.audit_position, c.content_hash, c.previous_hash, c.chain_hash, e.position is not null, "
						+ RowContent.COLUMNS
						+ " from audit_chain c left join audit_event e on e.position = c.audit_position order by c.seq")
			.withFetchSize(1000)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> walk.link(rs.getLong(1), rs.getLong(2),
					rs.getBytes(3), rs.getBytes(4), rs.getBytes(5), rs.getBoolean(6) ? RowContent.hash(rs, 7) : null));
		long longest = walk.seq;
		heads.values().stream().filter(head -> head.seq() > longest)
			.forEach(head -> walk.finding("The custody ledger holds "
					+ "the audit chain's head at link " + head.seq() + " (audit row " + head.position()
					+ "), but the chain ends at link "
					+ longest + ": links and audit rows after it were removed"));
		long unsealed = jdbc.sql("select count(*) from audit_event e where not exists "
				+ "(select 1 from audit_chain c where c.audit_position = e.position)")
			.query(Long.class).single();
		return new AuditIntegrityReport(walk.seq, unsealed, walk.headsChecked, walk.findings);
	}

	private static final class Walk {

		final Map<Long, AuditChainSealed> heads;
		final List<String> findings = new ArrayList<>();
		long seq;
		long headsChecked;
		byte[] chain = ChainLinks.GENESIS;

		Walk(Map<Long, AuditChainSealed> heads) {
			this.heads = heads;
		}

		void link(long linkSeq, long position, byte[] content, byte[] previous, byte[] linkHash, byte[] rowHash) {
			if (linkSeq != seq + 1) {
				finding("Audit chain links " + (seq + 1) + " to " + (linkSeq - 1) + " are missing (before audit row "
						+ position + ")");
			}
			else if (!Arrays.equals(previous, chain)) {
				finding("Audit chain link " + linkSeq + " (audit row " + position
						+ ") does not follow the link before it");
			}
			if (!Arrays.equals(linkHash, RowContent.sha256(previous, content))) {
				finding("Audit chain link " + linkSeq + " (audit row " + position + ") was rewritten");
			}
			if (rowHash == null) {
				finding("Audit row " + position + " was deleted (sealed as link " + linkSeq + ")");
			}
			else if (!Arrays.equals(rowHash, content)) {
				finding("Audit row " + position + " was changed after it was sealed (link " + linkSeq + ")");
			}
			AuditChainSealed head = heads.get(linkSeq);
			if (head != null) {
				headsChecked++;
				if (!head.chainHash().equals(HexFormat.of().formatHex(linkHash))) {
					finding("Audit chain link " + linkSeq + " (audit row " + position
							+ ") differs from the head the custody ledger holds");
				}
			}
			seq = linkSeq;
			chain = linkHash;
		}

		void finding(String text) {
			if (findings.size() < MOST_FINDINGS) {
				findings.add(text);
			}
		}
	}
}
