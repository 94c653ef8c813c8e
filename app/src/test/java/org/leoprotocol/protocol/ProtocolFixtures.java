package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Officers with staff accounts, incidents as JSON, and a way to move time and let the step clocks catch up. */
public final class ProtocolFixtures {

	/** The promise under test: an escalation is raised within five seconds of its deadline. */
	static final Duration ESCALATION_PROMISE = Duration.ofSeconds(5);

	private final Roster roster;
	private final StaffDirectory staff;
	private final MutableClock clock;
	private final Scheduler scheduler;
	private final JdbcClient jdbc;

	public ProtocolFixtures(Roster roster, StaffDirectory staff, MutableClock clock, Scheduler scheduler,
			JdbcClient jdbc) {
		this.roster = roster;
		this.staff = staff;
		this.clock = clock;
		this.scheduler = scheduler;
		this.jdbc = jdbc;
	}

	/**
	 * Enlists the officer (idempotent by badge) and gives them a staff account; returns how to sign in as them. The
	 * scenario people are enlisted in the units of the demo department, so that whichever test enlists them first, the
	 * shared roster holds the same record.
	 */
	public RequestPostProcessor officer(String badge, String first, String last, String rank, String unit,
			Role... roles) {
		if (unit != null) {
			establishDemoUnits();
		}
		OfficerId id = roster.enlist(new NewOfficer(badge, first, last, rank, unit, LocalDate.of(2011, 4, 1), null));
		String username = "officer-" + badge;
		staff.ensureAccount(new NewStaffAccount(username, first + " " + last, id.value(), Set.of(roles),
				StaffAccountsForTests.PASSWORD));
		return httpBasic(username, StaffAccountsForTests.PASSWORD);
	}

	private void establishDemoUnits() {
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		roster.establishUnit("CENTRAL", "Central Precinct", "PATROL");
		roster.establishUnit("CENTRAL-A", "Central Precinct, A Squad", "CENTRAL");
		roster.establishUnit("NORTH", "North Precinct", "PATROL");
		roster.establishUnit("NORTH-A", "North Precinct, A Squad", "NORTH");
	}

	public RequestPostProcessor as(Role role) {
		return StaffAccountsForTests.as(staff, role);
	}

	/** Moves Leo's clock and asks every scheduler node to look for due deadlines at once. */
	public void moveTo(Instant instant) {
		clock.set(instant);
		scheduler.triggerCheckForDueExecutions();
	}

	/** Waits, at most as long as Leo promises, until the incident has this many escalations. */
	void awaitEscalations(String incident, int count) {
		await().atMost(ESCALATION_PROMISE).pollInterval(Duration.ofMillis(50))
			.until(() -> escalations(incident) >= count);
	}

	/** Waits until no escalation of the incident is due but unhandled, so that "none raised" means something. */
	public void awaitNoDueDeadlines(String incident) {
		await().atMost(ESCALATION_PROMISE).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
				select count(*) from scheduled_tasks where task_instance like :prefix and execution_time <= :now
				""").param("prefix", incident + "/%").param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.query(Long.class).single() == 0);
	}

	long escalations(String incident) {
		return jdbc.sql("select count(*) from escalation where incident_id = cast(:id as uuid)").param("id", incident)
			.query(Long.class).single();
	}

	static String foundChild(String name, int age, String description, String location) {
		return """
				{"kind":"FOUND_CHILD","location":"%s",
				 "person":{"name":"%s","age":%d,"description":"%s","condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"]}}
				"""
			.formatted(location, name, age, description);
	}

	public static String dispatch(String type, String badge) {
		return "{\"type\":\"" + type + "\",\"officerBadge\":\"" + badge + "\"}";
	}

	public static String camera(String type, String device, String badge, String note) {
		return "{\"type\":\"" + type + "\",\"deviceId\":\"" + device + "\",\"officerBadge\":\"" + badge + "\""
				+ (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
	}
}
