package org.leoprotocol.evidence.custody;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.NoteSignature;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.shared.WrongState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's signed checkpoints (C2SP signed notes) and the witnesses' cosignatures of them. A stored row that no
 * longer reads as what Leo wrote (a note that does not parse, a body that is not the checkpoint of its row's size, a
 * cosignature line that is not a signature) is damage to the ledger's own record: it is logged as an integrity failure
 * and refused ({@link Damaged}), never answered from, and never taken for a bad request or a missing record.
 */
@Repository
public class Checkpoints {

	private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

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

	/** Whether a checkpoint of this size was signed, whatever its stored note reads as now. */
	boolean signed(long size) {
		return jdbc.sql("select count(*) from custody_checkpoint where tree_size = :size").param("size", size)
			.query(Long.class).single() > 0;
	}

	Optional<SignedNote> ofSize(long size) {
		return jdbc.sql("select note from custody_checkpoint where tree_size = :size").param("size", size)
			.query(String.class)
			.optional().map(text -> note(size, text)).map(note -> withCosignatures(size, note));
	}

	/**
	 * Every checkpoint that at least one witness cosigned, oldest first, cosignatures included; a damaged one is left
	 * out and named in {@code problems}.
	 */
	List<SignedNote> witnessed(List<String> problems) {
		List<SignedNote> notes = new ArrayList<>();
		for (long size : jdbc.sql("""
				select tree_size from custody_checkpoint c
				where exists (select 1 from custody_cosignature s where s.tree_size = c.tree_size) order by tree_size
				""").query(Long.class).list()) {
			try {
				ofSize(size).ifPresent(notes::add);
			}
			catch (Damaged damaged) {
				problems.add("A stored " + damaged.record() + " at tree size " + size
						+ " is damaged: it no longer reads as what Leo wrote");
			}
		}
		return notes;
	}

	/** The note a checkpoint row keeps, which must be the signed checkpoint of the row's size. */
	private static SignedNote note(long size, String text) {
		SignedNote note;
		long says;
		try {
			note = SignedNote.parse(text);
			says = Checkpoint.parse(note.body()).size();
		}
		catch (IllegalArgumentException ex) {
			throw damaged(Damaged.CHECKPOINT, size, ex.getMessage());
		}
		if (says != size) {
			throw damaged(Damaged.CHECKPOINT, size, "its body is the checkpoint of size " + says);
		}
		return note;
	}

	private SignedNote withCosignatures(long size, SignedNote note) {
		SignedNote all = note;
		for (String line : jdbc.sql("select line from custody_cosignature where tree_size = :size order by witness")
			.param("size", size).query(String.class).list()) {
			all = all.with(NoteSignature.parse(line)
				.orElseThrow(() -> damaged(Damaged.COSIGNATURE, size, "a line is not a signature")));
		}
		return all;
	}

	/** Says the damage where operators look (the log, at ERROR), by size and reason only, and returns the refusal. */
	private static Damaged damaged(String record, long size, String why) {
		log.error("Custody ledger integrity failure: a stored {} at tree size {} is damaged ({});"
				+ " nothing is answered from it. Run ./leo verify-ledger and restore the row from a backup", record,
				size, why);
		return new Damaged(record, size);
	}

	/**
	 * A checkpoint or cosignature this ledger stored no longer reads as what Leo wrote: the ledger's own record is
	 * damaged (a disk fault, or a change made behind Leo's back, since the tables are append-only). It is not a bad
	 * request (400), and the record is not missing (404): the request was sound, and the ledger's state does not allow
	 * an answer, since a receipt or checkpoint built on a damaged record would vouch for what nobody signed.
	 *
	 * <p>
	 * Of Leo's four kinds of refusal the nearest is {@link WrongState}, answered 409 with its key in the problem, so a
	 * client knows from {@code evidence.ledger.damaged.*} that asking again will not help. A 500 would be as fair by
	 * RFC 9110 (a fault on the server's side), but it says "something unexpected went wrong"; this failure is detected,
	 * named and logged at ERROR, and repaired by an administrator, who locates it with {@code ./leo verify-ledger}
	 * (which reports it among the ledger's problems) and restores the row from a backup or a witness's copy.
	 */
	public static final class Damaged extends WrongState {

		private static final long serialVersionUID = 1L;

		static final String CHECKPOINT = "checkpoint";

		static final String COSIGNATURE = "cosignature";

		private final String record;

		Damaged(String record, long size) {
			super("evidence.ledger.damaged." + record, String.valueOf(size));
			this.record = record;
		}

		/** Which stored record is damaged: the checkpoint itself or a cosignature of it. */
		String record() {
			return record;
		}
	}
}
