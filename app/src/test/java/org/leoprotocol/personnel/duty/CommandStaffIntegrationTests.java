package org.leoprotocol.personnel.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is command staff when no officer holds a command rank: the shared context's roster has officers of the default
 * command ranks, so the fallback is asked with a rank nobody holds.
 */
@LeoIntegrationTest
class CommandStaffIntegrationTests {

	@Autowired
	Shifts shifts;
	@Autowired
	Roster roster;

	@Test
	void withoutACommandRankTheOfficersOfTheTopOfAChainOfCommandAreCommandNotThoseOfUnitsThatHeadNoOne() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		roster.establishUnit("CS-HQ-" + suffix, "Chief's office " + suffix, null);
		roster.establishUnit("CS-P-" + suffix, "Precinct " + suffix, "CS-HQ-" + suffix);
		roster.establishUnit("CS-FLAT-" + suffix, "Unit imported without a parent " + suffix, null);
		OfficerId atHeadquarters = enlist("Inspector", "CS-HQ-" + suffix);
		OfficerId inPrecinct = enlist("Police Officer", "CS-P-" + suffix);
		OfficerId inUnitWithoutHierarchy = enlist("Police Officer", "CS-FLAT-" + suffix);

		List<OfficerId> command = shifts.commandStaff(List.of("no such rank " + suffix));

		assertThat(command).contains(atHeadquarters);
		assertThat(command)
			.as("a unit without a parent that heads no unit is not command: in a roster imported without its"
					+ " hierarchy that would be every officer of the agency")
			.doesNotContain(inUnitWithoutHierarchy, inPrecinct);
	}

	private OfficerId enlist(String rank, String unit) {
		String badge = "CS" + UUID.randomUUID().toString().substring(0, 10);
		return roster.enlist(new NewOfficer(badge, "Command", "Tester", rank, unit, LocalDate.of(2010, 1, 1), null));
	}
}
