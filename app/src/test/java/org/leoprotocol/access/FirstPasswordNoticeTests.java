package org.leoprotocol.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstPasswordNoticeTests {

	@TempDir
	Path data;

	@Test
	void withoutAConsoleThePasswordGoesToAFileOnlyItsOwnerMayReadAndOnlyThePathIsForTheLog() throws Exception {
		String where = new FirstPasswordNotice(null, data.resolve("fresh")).show("Very-Secret-Password-42");

		Path file = data.resolve("fresh").resolve(FirstPasswordNotice.FILE_NAME);
		assertThat(Files.readString(file)).contains("Very-Secret-Password-42");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(where).contains(file.toAbsolutePath().toString()).doesNotContain("Very-Secret-Password-42");
	}

	@Test
	void aLeftoverFileIsReplacedNotWidened() throws Exception {
		Path file = data.resolve(FirstPasswordNotice.FILE_NAME);
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		new FirstPasswordNotice(null, data).show("Another-Secret-Password");

		assertThat(Files.readString(file)).doesNotContain("old").contains("Another-Secret-Password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aConfiguredPasswordThatBreaksTheRuleIsRefusedInOneLineBeforeAnythingIsStored() {
		assertThatThrownBy(() -> new FirstAdministrator(null, "short", data, null))
			.isInstanceOf(StartPasswordRefused.class)
			.hasMessage("LEO_ADMIN_PASSWORD is shorter than 12 characters, so nothing was stored");
		StartPasswordRefused.check("LEO_ADMIN_PASSWORD", "");
		StartPasswordRefused.check("LEO_ADMIN_PASSWORD", "twelve-chars");
	}
}
