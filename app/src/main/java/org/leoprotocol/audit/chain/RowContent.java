package org.leoprotocol.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The SHA-256 of one audit row's content: a version tag and every column in a fixed order, each with a four-byte length
 * before it (an absent value has length -1), so that no column's text can be read as another's and a change to any
 * column, the position included, changes the hash.
 */
public final class RowContent {

	static final String COLUMNS = "e.position, e.id, e.occurred_at, e.actor, e.actor_kind, e.action, e.component, "
			+ "e.record_type, e.record_id, e.outcome, e.source_address, e.detail";
	private static final String FORMAT = "leo-audit-event/v1";

	private RowContent() {
	}

	/** The hash of the row whose {@link #COLUMNS} start at column {@code first} of the result. */
	static byte[] hash(ResultSet row, int first) throws SQLException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		field(bytes, FORMAT);
		field(bytes, Long.toString(row.getLong(first)));
		field(bytes, row.getString(first + 1));
		field(bytes, row.getObject(first + 2, OffsetDateTime.class).toInstant().toString());
		for (int column = first + 3; column <= first + 11; column++) {
			field(bytes, row.getString(column));
		}
		return sha256(bytes.toByteArray());
	}

	private static void field(ByteArrayOutputStream bytes, String value) {
		byte[] utf8 = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
		bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8 == null ? -1 : utf8.length).array());
		if (utf8 != null) {
			bytes.writeBytes(utf8);
		}
	}

	static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
