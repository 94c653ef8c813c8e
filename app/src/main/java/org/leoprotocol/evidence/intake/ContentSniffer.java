package org.leoprotocol.evidence.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * Names a file's type from its first bytes ("magic numbers") with Apache Tika's core detector, then keeps only the
 * types Leo names. Anything else is refused at intake: Leo does not store what it cannot name. Three refinements on
 * Tika's core answer: an ISO/IEC 14496-12 {@code ftyp} box is QuickTime only when its major brand is {@code qt  } and
 * MP4 otherwise (Tika's core calls every other brand but {@code mp41}/{@code mp42} QuickTime); an EBML (Matroska) file
 * is named WebM, the Matroska profile browsers play (Tika's core cannot tell the two apart); and text must be valid
 * UTF-8, named CSV when its first line holds a comma.
 */
public final class ContentSniffer {

	public static final int NEEDED = 4096;

	private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

	private static final Set<String> NAMED = Set.of("video/mp4", "video/quicktime", "video/webm", "video/x-msvideo",
			"image/jpeg", "image/png", "image/gif", "application/pdf", "application/zip");

	private ContentSniffer() {
	}

	public static Optional<String> mediaType(byte[] head) {
		if (head.length == 0) {
			return Optional.empty();
		}
		MediaType type = detected(head);
		if (type.equals(MediaType.parse("application/x-matroska"))) {
			return Optional.of("video/webm");
		}
		while (type != null && !NAMED.contains(type.toString()) && !type.equals(MediaType.TEXT_PLAIN)) {
			type = TIKA.getMediaTypeRegistry().getSupertype(type);
		}
		if (type == null) {
			return Optional.empty();
		}
		if (type.equals(MediaType.TEXT_PLAIN)) {
			return text(head);
		}
		if (type.toString().equals("video/quicktime") && !brand(head).equals("qt  ")) {
			return Optional.of("video/mp4");
		}
		return Optional.of(type.toString());
	}

	private static MediaType detected(byte[] head) {
		try (TikaInputStream in = TikaInputStream.get(head)) {
			return TIKA.detect(in, new Metadata(), new ParseContext()).getBaseType();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<String> text(byte[] head) {
		for (byte b : head) {
			if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r')) {
				return Optional.empty();
			}
		}
		CharBuffer text = CharBuffer.allocate(head.length);
		boolean malformed = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head), text, false).isError();
		if (malformed) {
			return Optional.empty();
		}
		String firstLine = text.flip().toString().lines().findFirst().orElse("");
		return Optional.of(firstLine.contains(",") ? "text/csv" : "text/plain");
	}

	private static String brand(byte[] head) {
		return head.length < 12 ? "" : new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.ISO_8859_1);
	}
}
