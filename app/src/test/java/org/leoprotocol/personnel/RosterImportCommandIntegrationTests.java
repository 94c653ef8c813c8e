package org.leoprotocol.personnel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@LeoIntegrationTest
class RosterImportCommandIntegrationTests {

	@Autowired
	RosterImportCommand command;
	@Autowired
	Roster roster;
	@TempDir
	Path directory;

	@Test
	void importsAFileAndExitsWithOneWhenARowWasRejected() throws Exception {
		Path file = directory.resolve("roster.csv");
		Files.writeString(file, """
				badge_number,first_name,last_name,rank,unit_code,hire_date,status
				66001,Cora,Command,Police Officer,,2020-01-01,
				66002,Bad,Date,Police Officer,,01/02/2020,
				""");
		StringWriter console = new StringWriter();

		int exit = command.run(List.of(file.toString()), new PrintWriter(console, true));

		assertThat(exit).isEqualTo(1);
		assertThat(console.toString())
			.contains("row 3 (badge 66002): hire_date '01/02/2020' is not a date like 2011-04-01")
			.contains("1 created, 0 updated, 0 unchanged, 1 rejected");
		assertThat(roster.findByBadge("66001")).isPresent();
	}

	@Test
	void aMissingFileIsABadArgument() {
		StringWriter console = new StringWriter();

		assertThat(command.run(List.of(directory.resolve("nowhere.csv").toString()), new PrintWriter(console, true)))
			.isEqualTo(2);
		assertThat(console.toString()).startsWith("Cannot read ");
	}
}
