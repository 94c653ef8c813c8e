package org.leoprotocol.training;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingTests {

	@Test
	void aSupervisorSeesTheirUnitAndEveryUnitBelowButNotSiblingsOrParents() {
		Unit chief = new Unit(UUID.randomUUID(), "HQ", "Headquarters", null);
		Unit precinct = new Unit(UUID.randomUUID(), "P1", "First precinct", chief.id());
		Unit squad = new Unit(UUID.randomUUID(), "S1", "Squad one", precinct.id());
		Unit team = new Unit(UUID.randomUUID(), "T1", "Team one", squad.id());
		Unit sibling = new Unit(UUID.randomUUID(), "P2", "Second precinct", chief.id());
		List<Unit> units = List.of(chief, precinct, squad, team, sibling);

		assertThat(Training.below(precinct.id(), units)).containsExactlyInAnyOrder(precinct.id(), squad.id(),
				team.id());
		assertThat(Training.below(null, units)).isEmpty();
	}

	@Test
	void aModuleNeedsAVersionATitleASummaryAndASafeLink() {
		assertThat(new NewTrainingModule(2, "Two-minute rule", "Engage within two minutes", null,
				"/staff/protocols?version=2")
			.problems()).isEmpty();
		assertThat(new NewTrainingModule(null, " ", "", null, "javascript:alert(1)").problems())
			.containsOnlyKeys("protocolVersion", "title", "summary", "link");
	}
}
