package org.leoprotocol.evidence.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.leoprotocol.evidence.intake.ContentSniffer;
import org.leoprotocol.shared.InvalidInput;

/**
 * The checks on a copy stamped outside Leo before it is recorded as an export: it is of the type Leo's own stamp would
 * make, and its bytes carry the export code in plain text, as Leo's machine-readable marks do (a video's
 * {@code comment} tag, a PDF's metadata, a text's first line). A copy without its code could not be traced once
 * re-encoded, so it is refused.
 */
public final class StampedCopy {

	private static final int BUFFER = 64 * 1024;

	private StampedCopy() {
	}

	public static void check(Path copy, String mediaType, String code) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(copy)) {
			head = in.readNBytes(ContentSniffer.NEEDED);
		}
		if (head.length == 0) {
			throw new InvalidInput("evidence.stamped.empty");
		}
		String type = ContentSniffer.mediaType(head).orElse("a file of unknown type");
		if (!type.equals(mediaType)) {
			throw new InvalidInput("evidence.stamped.type", type, mediaType);
		}
		if (!carries(copy, code.getBytes(StandardCharsets.US_ASCII))) {
			throw new InvalidInput("evidence.stamped.code", code);
		}
	}

	/** Whether {@code needle} occurs in the file, read in blocks that overlap by the needle's length. */
	static boolean carries(Path file, byte[] needle) throws IOException {
		byte[] window = new byte[BUFFER + needle.length];
		int kept = 0;
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(window, kept, BUFFER); n != -1; n = in.read(window, kept, BUFFER)) {
				int filled = kept + n;
				if (indexOf(window, filled, needle) >= 0) {
					return true;
				}
				kept = Math.min(needle.length - 1, filled);
				System.arraycopy(window, filled - kept, window, 0, kept);
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, int length, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
