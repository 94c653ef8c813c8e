package org.leoprotocol.evidence.custody;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.evidence.ledger.NoteSignature;
import org.leoprotocol.evidence.ledger.SignedNote;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's signed checkpoints (C2SP signed notes) and the witnesses' cosignatures of them. */
@Repository
public class Checkpoints {

	private final JdbcClient jdbc;

	public Checkpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long size, SignedNote note, String keyId, Instant at) {
		jdbc.sql("""
				insert into custody_checkpoint (tree_size, note, key_id, signed_at) values (:size, :note, :key, :at)
				on conflict (tree_size) do nothing
				""").param("size", size).param("note", note.text()).param("key", keyId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	void cosigned(long size, NoteSignature cosignature, Instant at) {
		jdbc.sql(
				"""
						insert into custody_cosignature (tree_size, witness, line, received_at) values (:size, :witness, :line, :at)
						on conflict (tree_size, witness) do nothing
						""")
			.param("size", size).param("witness", cosignature.name()).param("line", cosignature.line())
			.param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	/** The newest checkpoint with every cosignature it gathered. */
	Optional<SignedNote> latest() {
		return jdbc.sql("select tree_size from custody_checkpoint order by tree_size desc limit 1").query(Long.class)
			.optional()
			.flatMap(this::ofSize);
	}

	Optional<SignedNote> ofSize(long size) {
		return jdbc.sql("select note from custody_checkpoint where tree_size = :size").param("size", size)
			.query(String.class)
			.optional().map(SignedNote::parse).map(note -> withCosignatures(size, note));
	}

	/** Every checkpoint that at least one witness cosigned, oldest first, cosignatures included. */
	List<SignedNote> witnessed() {
		return jdbc.sql("""
				select tree_size from custody_checkpoint c
				where exists (select 1 from custody_cosignature s where s.tree_size = c.tree_size) order by tree_size
				""").query(Long.class).list().stream().map(size -> ofSize(size).orElseThrow()).toList();
	}

	private SignedNote withCosignatures(long size, SignedNote note) {
		SignedNote all = note;
		for (String line : jdbc.sql("select line from custody_cosignature where tree_size = :size order by witness")
			.param("size", size).query(String.class).list()) {
			all = all.with(NoteSignature.parse(line).orElseThrow());
		}
		return all;
	}
}
