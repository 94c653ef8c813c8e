package org.leoprotocol.evidence;

import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Names a file's type from its first bytes ("magic numbers": ISO/IEC 14496-12 {@code ftyp} boxes, the JPEG SOI
 * marker, the PNG signature, {@code %PDF-}, EBML for WebM, RIFF for AVI, the ZIP local header), or recognises
 * plain UTF-8 text. Anything else is refused at intake: Leo does not store what it cannot name.
 */
final class ContentSniffer {

	static final int NEEDED = 4096;

	private ContentSniffer() {
	}

	static Optional<String> mediaType(byte[] head) {
		if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
			return Optional.of(ascii(head, 8, 4).equals("qt  ") ? "video/quicktime" : "video/mp4");
		}
		if (starts(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(head, 'G', 'I', 'F', '8')) {
			return Optional.of("image/gif");
		}
		if (starts(head, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		if (starts(head, 0x1A, 0x45, 0xDF, 0xA3)) {
			return Optional.of("video/webm");
		}
		if (head.length >= 12 && starts(head, 'R', 'I', 'F', 'F') && ascii(head, 8, 4).equals("AVI ")) {
			return Optional.of("video/x-msvideo");
		}
		if (starts(head, 'P', 'K', 3, 4)) {
			return Optional.of("application/zip");
		}
		return text(head);
	}

	private static Optional<String> text(byte[] head) {
		if (head.length == 0) {
			return Optional.empty();
		}
		for (byte b : head) {
			if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r')) {
				return Optional.empty();
			}
		}
		CharBuffer text = CharBuffer.allocate(head.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head), text, false);
		if (result.isError()) {
			return Optional.empty();
		}
		String firstLine = text.flip().toString().lines().findFirst().orElse("");
		return Optional.of(firstLine.contains(",") ? "text/csv" : "text/plain");
	}

	private static boolean starts(byte[] head, int... signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static String ascii(byte[] head, int from, int length) {
		return new String(Arrays.copyOfRange(head, from, from + length), StandardCharsets.ISO_8859_1);
	}
}
