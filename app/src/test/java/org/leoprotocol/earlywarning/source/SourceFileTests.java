package org.leoprotocol.earlywarning.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceFileTests {

	static String read(byte[] bytes, java.nio.charset.Charset charset) throws IOException {
		try (Reader text = SourceFile.text("export.csv", new ByteArrayInputStream(bytes), charset)) {
			StringBuilder out = new StringBuilder();
			char[] buffer = new char[7];
			for (int n; (n = text.read(buffer, 0, buffer.length)) >= 0;) {
				out.append(buffer, 0, n);
			}
			return out.toString();
		}
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		return out.toByteArray();
	}

	@Test
	void gzipIsToldByItsMagicBytesNotItsName() throws IOException {
		byte[] csv = "a,b\nJosé,2\n".getBytes(StandardCharsets.UTF_8);

		assertThat(read(gzip(csv), StandardCharsets.UTF_8)).isEqualTo("a,b\nJosé,2\n");
		assertThat(read(csv, StandardCharsets.UTF_8)).isEqualTo("a,b\nJosé,2\n");
		assertThat(read(new byte[0], StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void aLatin1ByteInAUtf8FileIsRefusedAtItsLineEvenPastTheFirstBuffer() {
		StringBuilder text = new StringBuilder("a,b\n");
		for (int i = 0; i < 3000; i++) {
			text.append("row").append(i).append(",x\n");
		}
		byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bad = "Jos\u00e9,2\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = new byte[good.length + bad.length];
		System.arraycopy(good, 0, file, 0, good.length);
		System.arraycopy(bad, 0, file, good.length, bad.length);

		assertThatThrownBy(() -> read(file, StandardCharsets.UTF_8)).isInstanceOfSatisfying(UnreadableText.class,
				unreadable -> {
					assertThat(unreadable.line()).isEqualTo(3002);
					assertThat(unreadable.getMessage())
						.startsWith("export.csv line 3002: bytes that are not UTF-8 text (0xE9")
						.contains("file.<role>.encoding=ISO-8859-1");
				});
		assertThatThrownBy(() -> read(gzip(file), StandardCharsets.UTF_8)).isInstanceOf(UnreadableText.class)
			.hasMessageContaining("line 3002");
	}

	@Test
	void aFileDeclaredLatin1IsReadAsSuch() throws IOException {
		assertThat(read("Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1))
			.isEqualTo("José\n");
	}
}
