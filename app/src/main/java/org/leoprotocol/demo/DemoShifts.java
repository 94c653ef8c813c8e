package org.leoprotocol.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the demo's supervisors on duty whenever the demo starts, so that an escalation raised while someone tries Leo
 * reaches Miller's sergeant and the watch commander: a shift from four hours before the start to eight hours after, and
 * the next one. Officers already on duty at the start keep the shifts they have.
 */
@Component
@Order(15)
@ConditionalOnBooleanProperty("leo.demo.enabled")
class DemoShifts implements ApplicationRunner {

	private final ClusterLock seedingLock;

	static final List<DemoShift> SHIFTS = List.of(
			new DemoShift(DemoDepartment.MILLERS_SERGEANT, "CENTRAL-A", "SUPERVISOR", -4, 8),
			new DemoShift(DemoDepartment.WATCH_COMMANDER, "PATROL", "WATCH_COMMANDER", -4, 8),
			new DemoShift(DemoDepartment.WATCH_COMMANDER, "PATROL", "WATCH_COMMANDER", 8, 20),
			new DemoShift(DemoDepartment.ROOKIE, "CENTRAL-A", "OFFICER", -4, 8),
			new DemoShift(DemoDepartment.RODRIGUEZ, "NORTH-A", "OFFICER", -4, 8));

	private final DutyRoster duty;
	private final Roster roster;
	private final AgencyTime time;
	private final Clock clock;

	DemoShifts(DutyRoster duty, Roster roster, AgencyTime time, Clock clock, ClusterLock seedingLock) {
		this.seedingLock = seedingLock;
		this.duty = duty;
		this.roster = roster;
		this.time = time;
		this.clock = clock;
	}

	/**
	 * Nodes started together seed one after another ({@link ClusterLock#START_UP_SEEDING}); the later ones find it
	 * done.
	 */
	@Override
	@SuppressWarnings("try") // the lock is held for the block and never read
	public void run(ApplicationArguments args) {
		try (ClusterLock.Held seeding = seedingLock.hold(ClusterLock.START_UP_SEEDING)) {
			seed();
		}
	}

	private void seed() {
		Instant now = clock.instant();
		Instant hour = now.truncatedTo(ChronoUnit.HOURS);
		StringWriter csv = new StringWriter();
		try (CSVPrinter file = CSVFormat.RFC4180.builder().setHeader("badge", "unit", "post", "starts", "ends")
			.setRecordSeparator('\n')
			.get()
			.print(csv)) {
			for (DemoShift shift : SHIFTS) {
				if (!duty.isOnDuty(roster.findByBadge(shift.officer().badgeNumber()).orElseThrow().id(), now)) {
					file.printRecord(shift.officer().badgeNumber(), shift.unit(), shift.post(),
							time.formValue(hour.plus(Duration.ofHours(shift.fromHour()))),
							time.formValue(hour.plus(Duration.ofHours(shift.toHour()))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		duty.importShifts(new StringReader(csv.toString()), Actor.staff(DemoStories.NARRATOR));
	}
}
