package org.leoprotocol.evidence.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * One signature line of a C2SP signed note: an em dash, a space, the key's name, a space and
 * {@code base64(key id || signature)}. For a witness cosignature (C2SP tlog-cosignature, key type 0x04) the signature
 * bytes are an eight-byte big-endian timestamp followed by the Ed25519 signature of
 * {@code "cosignature/v1\ntime <timestamp>\n" || checkpoint body}.
 */
@SuppressWarnings("ArrayRecordComponent") // key hash and signature bytes checked by verifies(); never by the record's
											// equals
public record NoteSignature(String name, byte[] keyId, byte[] signature) {

	public static final String DASH = "\u2014 ";

	public String line() {
		byte[] payload = Arrays.copyOf(keyId, 4 + signature.length);
		System.arraycopy(signature, 0, payload, 4, signature.length);
		return DASH + name + " " + Base64.getEncoder().encodeToString(payload) + "\n";
	}

	/** Reads a signature line (with or without its newline); empty if the line is not one. */
	public static Optional<NoteSignature> parse(String line) {
		String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
		if (!text.startsWith(DASH)) {
			return Optional.empty();
		}
		String[] parts = text.substring(DASH.length()).split(" ", -1);
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			byte[] payload = Base64.getDecoder().decode(parts[1]);
			if (payload.length < 5) {
				return Optional.empty();
			}
			return Optional.of(new NoteSignature(parts[0], Arrays.copyOf(payload, 4),
					Arrays.copyOfRange(payload, 4, payload.length)));
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	/** Whether this line is {@code key}'s valid signature of the note {@code body}. */
	public boolean verifies(VerifierKey key, String body) {
		if (!name.equals(key.name()) || !Arrays.equals(keyId, key.id())) {
			return false;
		}
		if (key.type() == VerifierKey.COSIGNATURE) {
			return signature.length == 72
					&& key.verifies(cosigned(timestamp(), body), Arrays.copyOfRange(signature, 8, 72));
		}
		return key.verifies(body.getBytes(StandardCharsets.UTF_8), signature);
	}

	/** For a cosignature: when the witness signed, in seconds since the epoch. */
	public long timestamp() {
		return signature.length == 72 ? ByteBuffer.wrap(signature, 0, 8).getLong() : -1;
	}

	/** The message a witness signs to cosign {@code body} at {@code timestamp}. */
	public static byte[] cosigned(long timestamp, String body) {
		return ("cosignature/v1\ntime " + timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8);
	}

	/** Packs a witness's timestamp and Ed25519 signature into a cosignature line of {@code key}. */
	public static NoteSignature cosignature(VerifierKey key, long timestamp, byte[] ed25519) {
		return new NoteSignature(key.name(), key.id(), ByteBuffer.allocate(72).putLong(timestamp).put(ed25519).array());
	}
}
