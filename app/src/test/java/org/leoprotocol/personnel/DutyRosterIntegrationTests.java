package org.leoprotocol.personnel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.personnel.duty.Post;
import org.leoprotocol.personnel.duty.Shift;
import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeoIntegrationTest
class DutyRosterIntegrationTests {

	static final Instant NOON = Instant.parse("2031-03-10T12:00:00Z");

	@Autowired
	DutyRoster duty;
	@Autowired
	Roster roster;
	@Autowired
	ShiftDesk shifts;

	String suffix;
	String precinct;
	String squad;

	@BeforeEach
	void units() {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		precinct = "DR-P-" + suffix;
		squad = "DR-S-" + suffix;
		roster.establishUnit(precinct, "Duty precinct " + suffix, null);
		roster.establishUnit(squad, "Duty squad " + suffix, precinct);
	}

	@Test
	void theSergeantOnShiftOverTheOfficersSquadIsTheSupervisorAndTheirWatchCommanderIsAbove() {
		OfficerId officer = enlist("Police Officer", squad);
		OfficerId sergeant = onShift(enlist("Sergeant", squad), squad, Post.SUPERVISOR);
		OfficerId lieutenant = onShift(enlist("Lieutenant", precinct), precinct, Post.WATCH_COMMANDER);

		assertThat(duty.supervisorsOf(officer, Supervision.SUPERVISOR, NOON))
			.isEqualTo(new Supervisors(Supervision.SUPERVISOR, java.util.List.of(sergeant)));
		assertThat(duty.supervisorsOf(officer, Supervision.WATCH_COMMANDER, NOON))
			.isEqualTo(new Supervisors(Supervision.WATCH_COMMANDER, java.util.List.of(lieutenant)));
		assertThat(duty.supervisorsOf(officer, Supervision.SUPERVISOR, NOON.plus(Duration.ofHours(9))).rung())
			.as("after the shifts end nobody of the chain is on duty").isNotEqualTo(Supervision.SUPERVISOR);
	}

	@Test
	void aSergeantWhoIsNoLongerActiveIsPassedOverForTheNextRung() {
		OfficerId officer = enlist("Police Officer", squad);
		OfficerId sergeant = onShift(enlist("Sergeant", squad), squad, Post.SUPERVISOR);
		roster.changeStatus(sergeant, OfficerStatus.SUSPENDED, "suspended pending review", null, Actor.staff("test"));

		Supervisors reached = duty.supervisorsOf(officer, Supervision.SUPERVISOR, NOON);

		assertThat(reached.rung()).isNotEqualTo(Supervision.SUPERVISOR);
		assertThat(reached.officers()).doesNotContain(sergeant);
	}

	@Test
	void aMatterOfAUnitReachesItsOwnSergeantThenThePrecinctsWatchCommanderWithNobodyPassedOver() {
		OfficerId sergeant = onShift(enlist("Sergeant", squad), squad, Post.SUPERVISOR);
		OfficerId lieutenant = onShift(enlist("Lieutenant", precinct), precinct, Post.WATCH_COMMANDER);
		UUID squadId = roster.units().stream().filter(unit -> unit.code().equals(squad)).findFirst().orElseThrow().id();

		assertThat(duty.supervisorsOfUnit(squadId, Supervision.SUPERVISOR, NOON))
			.isEqualTo(new Supervisors(Supervision.SUPERVISOR, java.util.List.of(sergeant)));
		assertThat(duty.supervisorsOfUnit(squadId, Supervision.WATCH_COMMANDER, NOON))
			.isEqualTo(new Supervisors(Supervision.WATCH_COMMANDER, java.util.List.of(lieutenant)));
		assertThat(duty.supervisorsOfUnit(null, Supervision.SUPERVISOR, NOON).rung())
			.as("without a unit no sergeant is anyone's: the watch commander on duty anywhere, else command")
			.isIn(Supervision.WATCH_COMMANDER, Supervision.COMMAND);
		assertThat(duty.supervisorsOfUnit(null, Supervision.SUPERVISOR, NOON).officers()).doesNotContain(sergeant);
	}

	@Test
	void commandStaffAreReachedOnDutyOrNot() {
		OfficerId officer = enlist("Police Officer", squad);
		OfficerId chief = enlist("Chief of Police", precinct);

		Supervisors reached = duty.supervisorsOf(officer, Supervision.COMMAND, NOON);

		assertThat(reached.rung()).isEqualTo(Supervision.COMMAND);
		assertThat(reached.officers()).contains(chief);
	}

	@Test
	void onlyAnActiveOfficerIsAvailableForDuty() {
		OfficerId officer = enlist("Police Officer", squad);
		duty.requireAvailable(officer);
		roster.changeStatus(officer, OfficerStatus.TERMINATED, "terminated by the board", "IA-1", Actor.staff("test"));

		assertThatThrownBy(() -> duty.requireAvailable(officer)).isInstanceOfSatisfying(OfficerUnavailableRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("personnel.unavailable.TERMINATED"));
	}

	private OfficerId onShift(OfficerId officer, String unitCode, Post post) {
		UUID unit = roster.unitByCode(unitCode).orElseThrow().id();
		shifts.add(
				new Shift(UUID.randomUUID(), officer, unit, post, NOON.minus(Duration.ofHours(4)),
						NOON.plus(Duration.ofHours(8))),
				Actor.staff("test"));
		return officer;
	}

	private OfficerId enlist(String rank, String unit) {
		String badge = "DR" + UUID.randomUUID().toString().substring(0, 10);
		return roster.enlist(new NewOfficer(badge, "Duty", "Tester", rank, unit, LocalDate.of(2010, 1, 1), null));
	}
}
