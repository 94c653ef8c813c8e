package org.leoprotocol.evidence.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The receipt of an export: the custody event that recorded it (its exact ledger entry, whose detail names the export's
 * SHA-256), the event's position, the RFC 9162 inclusion proof of that entry in the tree of a checkpoint, and the
 * checkpoint itself as a C2SP signed note. With the ledger's public key, anyone can check that a file is the export the
 * ledger recorded, with no access to Leo.
 */
@SuppressWarnings("ArrayRecordComponent") // hash bytes compared with Arrays.equals where they matter; never by the
											// record's equals
public record ExportProof(byte[] entry, long index, List<byte[]> path, SignedNote checkpoint) {

	public static final String FORMAT = "leo-export-proof/v1";
	private static final Pattern EXPORT_SHA = Pattern.compile("export_sha256=([0-9a-f]{64})");

	public ExportProof {
		path = List.copyOf(path);
	}

	public String text() {
		Base64.Encoder base64 = Base64.getEncoder();
		StringBuilder text = new StringBuilder(FORMAT).append('\n').append("entry ")
			.append(base64.encodeToString(entry))
			.append('\n').append("index ").append(index).append('\n');
		path.forEach(hash -> text.append("path ").append(base64.encodeToString(hash)).append('\n'));
		return text.append('\n').append(checkpoint.text()).toString();
	}

	public static ExportProof parse(String text) {
		int blank = text.indexOf("\n\n");
		if (!text.startsWith(FORMAT + "\n") || blank < 0) {
			throw new IllegalArgumentException("Not a Leo export proof (it starts with " + FORMAT + ")");
		}
		byte[] entry = null;
		long index = -1;
		List<byte[]> path = new ArrayList<>();
		for (String line : text.substring(FORMAT.length() + 1, blank).split("\n", -1)) {
			String value = line.substring(line.indexOf(' ') + 1);
			if (line.startsWith("entry ")) {
				entry = Base64.getDecoder().decode(value);
			}
			else if (line.startsWith("index ")) {
				index = Long.parseLong(value);
			}
			else if (line.startsWith("path ")) {
				path.add(Base64.getDecoder().decode(value));
			}
		}
		if (entry == null || index < 0) {
			throw new IllegalArgumentException("The export proof lacks its entry or index line");
		}
		return new ExportProof(entry, index, path, SignedNote.parse(text.substring(blank + 2)));
	}

	/** The fields of the ledger entry: format, position, id, time, evidence, action, actor, detail. */
	public List<String> fields() {
		List<String> fields = new ArrayList<>();
		ByteBuffer buffer = ByteBuffer.wrap(entry);
		while (buffer.remaining() >= 4) {
			int length = buffer.getInt();
			if (length < 0 || length > buffer.remaining()) {
				throw new IllegalArgumentException("The entry is not a Leo custody event");
			}
			byte[] field = new byte[length];
			buffer.get(field);
			fields.add(new String(field, StandardCharsets.UTF_8));
		}
		return fields;
	}

	/** The export's SHA-256 as the custody event recorded it. */
	public Optional<String> exportSha256() {
		List<String> fields = fields();
		if (fields.size() != 8 || !fields.get(5).equals("EXPORTED")) {
			return Optional.empty();
		}
		Matcher sha = EXPORT_SHA.matcher(fields.get(7));
		return sha.find() ? Optional.of(sha.group(1)) : Optional.empty();
	}

	/**
	 * Checks a file's SHA-256 against this receipt: the entry records that hash, the entry is leaf {@code index} of the
	 * checkpoint's tree, and (when a key is given) the ledger signed the checkpoint. Returns what failed.
	 */
	public List<String> check(byte[] fileSha256, Optional<VerifierKey> ledgerKey) {
		List<String> failures = new ArrayList<>();
		String sha = HexFormat.of().formatHex(fileSha256);
		if (!exportSha256().map(sha::equals).orElse(false)) {
			failures.add("The file's SHA-256 " + sha + " is not the one the custody event recorded ("
					+ exportSha256().orElse("none") + ")");
		}
		Checkpoint signed = Checkpoint.parse(checkpoint.body());
		if (!MerkleProofs.verifyInclusion(index, signed.size(), MerkleHash.leaf(entry), path, signed.rootHash())) {
			failures.add("The custody event is not leaf " + index + " of the checkpoint's tree of " + signed.size()
					+ " events");
		}
		ledgerKey.ifPresent(key -> {
			if (checkpoint.signedBy(key).isEmpty()) {
				failures.add("The checkpoint is not signed by " + key.name() + "+" + key.idHex());
			}
		});
		return failures;
	}
}
