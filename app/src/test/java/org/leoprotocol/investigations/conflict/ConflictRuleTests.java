package org.leoprotocol.investigations.conflict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.personnel.OfficerId;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRuleTests {

	static final UUID HEADQUARTERS = UUID.randomUUID();
	static final UUID PATROL = UUID.randomUUID();
	static final UUID INTERNAL_AFFAIRS = UUID.randomUUID();

	final OfficerId accused = OfficerId.random();
	final OfficerId lieutenant = OfficerId.random();
	final OfficerId investigator = OfficerId.random();
	final Map<OfficerId, UUID> units = Map.of(accused, PATROL, lieutenant, PATROL, investigator, INTERNAL_AFFAIRS);
	final ChainOfCommandRule chain = new ChainOfCommandRule(officer -> Optional.ofNullable(units.get(officer)),
			officer -> PATROL.equals(units.get(officer)) ? List.of(PATROL, HEADQUARTERS)
					: List.of(INTERNAL_AFFAIRS, HEADQUARTERS));

	@Test
	void theAccusedCannotInvestigateThemselves() {
		assertThat(new AccusedOfficerRule().conflict(candidate(accused), List.of(accused))).isPresent();
		assertThat(new AccusedOfficerRule().conflict(candidate(investigator), List.of(accused))).isEmpty();
	}

	@Test
	void nobodyInTheAccusedsChainOfCommandMayInvestigate() {
		assertThat(chain.conflict(candidate(lieutenant), List.of(accused))).get().asString()
			.contains("is in the chain of command of accused officer");
		assertThat(chain.conflict(candidate(investigator), List.of(accused))).isEmpty();
		assertThat(chain.conflict(new Investigator("civilian", "Civilian", null, List.of()), List.of(accused)))
			.isEmpty();
	}

	@Test
	void aDeclaredRelationBarsTheCase() {
		Investigator related = new Investigator("related", "Related", investigator,
				List.of(new Investigator.Relation(accused, "daughter's godfather")));

		assertThat(new DeclaredRelationRule().conflict(related, List.of(accused))).get().asString()
			.contains("daughter's godfather");
		assertThat(new DeclaredRelationRule().conflict(related, List.of(lieutenant))).isEmpty();
	}

	private static Investigator candidate(OfficerId officer) {
		return new Investigator("candidate", "Candidate", officer, List.of());
	}
}
