package org.leoprotocol.bench.protocol;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.NewIncident;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Role;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's precinct: one patrol officer responsible for every incident and one sergeant on duty over the unit,
 * with a staff account and a mail address, so that each escalation has exactly one person to reach.
 */
record FailoverAgency(OfficerId patrol, OfficerId sergeant, Actor opener) {

	/** Due time, inbox time and mail-accepted time of each benchmark escalation's notice. */
	static final String LATENCY_SQL = """
			select e.due_at, n.created_at as inbox_at, d.delivered_at as mailed_at
			from escalation e
			join notification n on n.cause = 'escalation:' || e.incident_id || ':' || e.step_code || ':' || e.level
			left join notification_delivery d on d.notification_id = n.id and d.channel = 'EMAIL' and d.state = 'DELIVERED'
			where e.step_code = :step
			""";

	static FailoverAgency establish(ConfigurableApplicationContext leo) {
		Roster roster = leo.getBean(Roster.class);
		roster.establishUnit("BENCH", "Benchmark precinct", null);
		OfficerId patrol = roster
			.enlist(new NewOfficer("B-100", "Pat", "Patrol", "Officer", "BENCH", LocalDate.of(2020, 1, 6),
					OfficerStatus.ACTIVE));
		OfficerId sergeant = roster.enlist(new NewOfficer("B-200", "Sam", "Sergeant", "Sergeant", "BENCH",
				LocalDate.of(2012, 3, 5), OfficerStatus.ACTIVE));
		StaffDirectory staff = leo.getBean(StaffDirectory.class);
		staff.ensureAccount(
				new NewStaffAccount("bench-sergeant", "Sgt. Sam Sergeant", sergeant.value(), Set.of(Role.SUPERVISOR),
						StaffDirectory.generatePassword()));
		staff.setEmail("bench-sergeant", "sergeant@bench.example");
		Instant now = Instant.now();
		AgencyTime time = leo.getBean(AgencyTime.class);
		int shifts = leo.getBean(DutyRoster.class)
			.importShifts(new StringReader("badge,unit,post,starts,ends\nB-200,BENCH,SUPERVISOR,"
					+ time.formValue(now.minus(Duration.ofHours(1))) + ","
					+ time.formValue(now.plus(Duration.ofHours(4))) + "\n"), Actor.staff("bench"));
		if (shifts != 1) {
			throw new IllegalStateException("The sergeant's shift was not added");
		}
		return new FailoverAgency(patrol, sergeant, Actor.staff("bench", Role.OFFICER));
	}

	void open(IncidentDesk desk, int n, Instant reported) {
		desk.open(new NewIncident(IncidentKind.FOUND_CHILD, "Bench square " + n, reported, null,
				new PersonAtRisk(null, 6, "benchmark child " + n, Condition.UNHARMED, Set.of()), patrol), opener);
	}
}
