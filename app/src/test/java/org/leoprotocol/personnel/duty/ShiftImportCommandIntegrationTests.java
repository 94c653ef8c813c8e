package org.leoprotocol.personnel.duty;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@LeoIntegrationTest
class ShiftImportCommandIntegrationTests {

	@Autowired
	ShiftImportCommand command;
	@Autowired
	Roster roster;
	@TempDir
	Path directory;

	@Test
	void importsAFileOnceAndRefusesOneWithABadRowListingIt() throws Exception {
		String unit = "SC-" + UUID.randomUUID().toString().substring(0, 8);
		roster.establishUnit(unit, "Shift command squad", null);
		String badge = "SC" + UUID.randomUUID().toString().substring(0, 8);
		roster.enlist(new NewOfficer(badge, "Command", "Line", "Sergeant", unit, LocalDate.of(2010, 1, 1), null));
		Path good = directory.resolve("shifts.csv");
		Files.writeString(good,
				ShiftImport.HEADER + "\n" + badge + "," + unit + ",SUPERVISOR,2036-01-01T07:00,2036-01-01T19:00\n");
		Path bad = directory.resolve("bad.csv");
		Files.writeString(bad,
				ShiftImport.HEADER + "\n" + badge + "," + unit + ",SUPERVISOR,tomorrow,2036-01-01T19:00\n");

		assertThat(run(good)).startsWith("1 shift(s) added, 0 already on the roster");
		assertThat(run(good)).startsWith("0 shift(s) added, 1 already on the roster");
		StringWriter console = new StringWriter();
		assertThat(command.run(List.of(bad.toString()), new PrintWriter(console, true))).isEqualTo(1);
		assertThat(console.toString()).contains("row 2: starts 'tomorrow' is not a local time like 2026-12-05T07:00");
	}

	private String run(Path file) {
		StringWriter console = new StringWriter();
		assertThat(command.run(List.of(file.toString()), new PrintWriter(console, true))).isZero();
		return console.toString();
	}
}
