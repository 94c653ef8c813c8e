package org.leoprotocol.evidence.export;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A copy stamped outside Leo is taken as an export only of the right type and carrying its own code. */
class StampedCopyTests {

	@TempDir
	Path folder;

	@Test
	void theDemosStampedVideoCarriesItsCodeAndNoOtherExportsCode() throws Exception {
		Path copy = folder.resolve("copy.mp4");
		try (InputStream in = getClass().getResourceAsStream("/demo/holding-room-2.LEO-K4Q7HR2VP3.mp4")) {
			Files.copy(in, copy);
		}

		assertThatCode(() -> StampedCopy.check(copy, "video/mp4", "K4Q7HR2VP3")).doesNotThrowAnyException();
		assertThatThrownBy(() -> StampedCopy.check(copy, "video/mp4", "K4Q7HR2DA9"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evidence.stamped.code");
		assertThatThrownBy(() -> StampedCopy.check(copy, "image/png", "K4Q7HR2VP3"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evidence.stamped.type");
	}

	@Test
	void aCodeAcrossTwoBlocksIsFoundAndAnEmptyCopyIsRefused() throws Exception {
		byte[] bytes = new byte[200_000];
		byte[] code = "7K2M9QH4TD".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(code, 0, bytes, 64 * 1024 - 4, code.length);
		Path file = Files.write(folder.resolve("blocks.bin"), bytes);
		Path empty = Files.write(folder.resolve("empty.bin"), new byte[0]);

		assertThat(StampedCopy.carries(file, code)).isTrue();
		assertThat(StampedCopy.carries(file, "7K2M9QH4TE".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThatThrownBy(() -> StampedCopy.check(empty, "video/mp4", "7K2M9QH4TD"))
			.hasMessageContaining("empty");
	}
}
