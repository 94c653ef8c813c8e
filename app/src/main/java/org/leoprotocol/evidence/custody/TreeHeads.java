package org.leoprotocol.evidence.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.evidence.ledger.SignedTreeHead;
import org.leoprotocol.evidence.ledger.TreeHead;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed tree heads and the public keys that signed them. */
@Repository
public class TreeHeads {

	private static final String COLUMNS = "select tree_size, root_hash, issued_at, key_id, signature from custody_tree_head ";

	private final JdbcClient jdbc;

	public TreeHeads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(SignedTreeHead head) {
		jdbc.sql("""
				insert into custody_tree_head (tree_size, root_hash, issued_at, key_id, signature)
				values (:size, :root, :at, :key, :signature) on conflict (tree_size) do nothing
				""")
			.param("size", head.head().treeSize()).param("root", head.head().rootHash())
			.param("at", head.head().issuedAt().atOffset(ZoneOffset.UTC)).param("key", head.keyId())
			.param("signature", head.signature()).update();
	}

	Optional<SignedTreeHead> latest() {
		return jdbc.sql(COLUMNS + "order by tree_size desc limit 1").query(TreeHeads::head).optional();
	}

	Optional<SignedTreeHead> ofSize(long size) {
		return jdbc.sql(COLUMNS + "where tree_size = :size").param("size", size).query(TreeHeads::head).optional();
	}

	/** The first head that covers {@code position}: the smallest tree that proves the event is in the ledger. */
	Optional<SignedTreeHead> firstCovering(long position) {
		return jdbc.sql(COLUMNS + "where tree_size > :position order by tree_size limit 1").param("position", position)
			.query(TreeHeads::head).optional();
	}

	List<SignedTreeHead> all() {
		return jdbc.sql(COLUMNS + "order by tree_size").query(TreeHeads::head).list();
	}

	Optional<byte[]> publicKey(String keyId) {
		return jdbc.sql("select public_key from custody_signing_key where key_id = :id").param("id", keyId)
			.query(byte[].class).optional();
	}

	private static SignedTreeHead head(ResultSet rs, int row) throws SQLException {
		return new SignedTreeHead(new TreeHead(rs.getLong("tree_size"), rs.getBytes("root_hash"),
				rs.getTimestamp("issued_at").toInstant()), rs.getString("key_id"), rs.getBytes("signature"));
	}
}
