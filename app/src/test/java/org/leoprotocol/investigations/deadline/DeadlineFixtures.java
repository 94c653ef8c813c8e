package org.leoprotocol.investigations.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;

/** Officers and cases for the deadline tests, each with a fresh badge number no other test uses. */
final class DeadlineFixtures {

	static final String UNIT = "DL-SQUAD";

	private DeadlineFixtures() {
	}

	static String badge() {
		return "DL" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
	}

	static OfficerId anOfficer(Roster roster, String rank) {
		roster.establishUnit("DL-HQ", "Deadline tests headquarters", null);
		roster.establishUnit(UNIT, "Deadline tests squad", "DL-HQ");
		String badge = badge();
		return roster.enlist(new NewOfficer(badge, "Officer", "N" + badge, rank, UNIT, LocalDate.of(2015, 1, 1), null));
	}

	static Investigation aCase(Investigations investigations, Roster roster) {
		return investigations.open(CaseType.INTERNAL, null, "Deadline test case",
				List.of(new NewAllegation(anOfficer(roster, "Police Officer"),
						Category.DISCOURTESY, "As alleged.")),
				Actor.staff("test-command"));
	}
}
