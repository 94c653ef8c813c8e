package org.leoprotocol.personnel.duty;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.personnel.Supervisors;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionPolicyTests {

	final UUID squad = UUID.randomUUID();
	final UUID precinct = UUID.randomUUID();
	final UUID elsewhere = UUID.randomUUID();
	final List<UUID> chain = List.of(squad, precinct);
	final OfficerId about = OfficerId.random();
	final OfficerId sergeant = OfficerId.random();
	final OfficerId precinctSergeant = OfficerId.random();
	final OfficerId lieutenant = OfficerId.random();
	final OfficerId chief = OfficerId.random();

	@Test
	void theSergeantOnDutyInTheOfficersUnitSupervises() {
		Supervisors reached = resolve(Supervision.SUPERVISOR, new OnDuty(sergeant, squad, Post.SUPERVISOR),
				new OnDuty(precinctSergeant, precinct, Post.SUPERVISOR));

		assertThat(reached).isEqualTo(new Supervisors(Supervision.SUPERVISOR, List.of(sergeant)));
	}

	@Test
	void withoutASergeantInTheUnitTheNearestParentUnitsSergeantSupervises() {
		Supervisors reached = resolve(Supervision.SUPERVISOR, new OnDuty(precinctSergeant, precinct, Post.SUPERVISOR),
				new OnDuty(sergeant, elsewhere, Post.SUPERVISOR));

		assertThat(reached).isEqualTo(new Supervisors(Supervision.SUPERVISOR, List.of(precinctSergeant)));
	}

	@Test
	void withoutASergeantUpTheChainTheWatchCommanderIsReachedEvenOutsideTheChain() {
		Supervisors reached = resolve(Supervision.SUPERVISOR, new OnDuty(sergeant, elsewhere, Post.SUPERVISOR),
				new OnDuty(lieutenant, elsewhere, Post.WATCH_COMMANDER));

		assertThat(reached).isEqualTo(new Supervisors(Supervision.WATCH_COMMANDER, List.of(lieutenant)));
	}

	@Test
	void aWatchCommanderInTheChainComesBeforeOneElsewhere() {
		OfficerId other = OfficerId.random();
		Supervisors reached = resolve(Supervision.WATCH_COMMANDER, new OnDuty(other, elsewhere, Post.WATCH_COMMANDER),
				new OnDuty(lieutenant, precinct, Post.WATCH_COMMANDER));

		assertThat(reached.officers()).containsExactly(lieutenant);
	}

	@Test
	void nobodyOnDutyReachesCommandStaff() {
		Supervisors reached = resolve(Supervision.SUPERVISOR, new OnDuty(OfficerId.random(), squad, Post.OFFICER));

		assertThat(reached).isEqualTo(new Supervisors(Supervision.COMMAND, List.of(chief)));
	}

	@Test
	void theOfficerConcernedIsNeverToldAboutHimself() {
		Supervisors reached = SupervisionPolicy.resolve(sergeant, Supervision.SUPERVISOR, chain,
				List.of(new OnDuty(sergeant, squad, Post.SUPERVISOR),
						new OnDuty(precinctSergeant, precinct, Post.SUPERVISOR)),
				List.of(chief));

		assertThat(reached.officers()).containsExactly(precinctSergeant);
	}

	@Test
	void everySergeantOnDutyInTheUnitIsTold() {
		OfficerId second = OfficerId.random();
		Supervisors reached = resolve(Supervision.SUPERVISOR, new OnDuty(sergeant, squad, Post.SUPERVISOR),
				new OnDuty(second, squad, Post.SUPERVISOR), new OnDuty(sergeant, squad, Post.SUPERVISOR));

		assertThat(reached.officers()).containsExactly(sergeant, second);
	}

	@Test
	void commandIsAskedForDirectly() {
		assertThat(resolve(Supervision.COMMAND, new OnDuty(sergeant, squad, Post.SUPERVISOR)))
			.isEqualTo(new Supervisors(Supervision.COMMAND, List.of(chief)));
	}

	private Supervisors resolve(Supervision rung, OnDuty... onDuty) {
		return SupervisionPolicy.resolve(about, rung, chain, List.of(onDuty), List.of(chief));
	}
}
