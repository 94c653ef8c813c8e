package org.leoprotocol.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.access.StartPasswordRefused;
import org.leoprotocol.engagement.Engagement;
import org.leoprotocol.engagement.EventDetails;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.Role;
import org.leoprotocol.training.Training;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo department on every start in demo mode; what exists already is left as it is. Demo accounts get the
 * password from {@code LEO_DEMO_PASSWORD} or, without one, a fresh random password printed at start, so no password is
 * ever committed or shared between installations. A configured password that breaks the password rule stops the start
 * before anything is stored, while the beans are still being made.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("leo.demo.enabled")
class DemoData implements ApplicationRunner {

	private final ClusterLock seedingLock;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Roster roster;
	private final StaffDirectory staff;
	private final String configuredPassword;
	private final Engagement engagement;
	private final Training training;
	private final Clock clock;

	DemoData(Roster roster, StaffDirectory staff, @Value("${LEO_DEMO_PASSWORD:}") String configuredPassword,
			Engagement engagement, Training training, Clock clock, ClusterLock seedingLock) {
		this.seedingLock = seedingLock;
		StartPasswordRefused.check("LEO_DEMO_PASSWORD", configuredPassword);
		this.roster = roster;
		this.staff = staff;
		this.configuredPassword = configuredPassword;
		this.engagement = engagement;
		this.training = training;
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
		DemoDepartment.UNITS.forEach(unit -> roster.establishUnit(unit.code(), unit.name(), unit.parentCode()));
		DemoDepartment.SCENARIO_OFFICERS.forEach(roster::enlist);
		DemoDepartment.generatedOfficers().forEach(roster::enlist);
		String password = configuredPassword.isBlank() ? StaffDirectory.generatePassword() : configuredPassword;
		Map<String, String> accounts = new LinkedHashMap<>();
		account(accounts, "chief", "Chief David Miller", DemoDepartment.DAVID_MILLER, password, Role.COMMAND);
		account(accounts, "deputy", "Deputy Chief Helen Ortiz", DemoDepartment.DEPUTY_CHIEF, password, Role.COMMAND);
		account(accounts, "watch", "Lt. Samuel Price", DemoDepartment.WATCH_COMMANDER, password, Role.COMMAND,
				Role.SUPERVISOR);
		account(accounts, "sergeant", "Sgt. Teresa Alvarez", DemoDepartment.MILLERS_SERGEANT, password,
				Role.SUPERVISOR);
		account(accounts, "rodriguez", "Deputy Daniel Rodriguez", DemoDepartment.RODRIGUEZ, password, Role.OFFICER);
		account(accounts, "okafor", "Officer Grace Okafor", DemoDepartment.ROOKIE, password, Role.OFFICER);
		account(accounts, "investigator", "Sgt. Nadia Brooks", DemoDepartment.INVESTIGATOR_ONE, password,
				Role.INVESTIGATOR);
		account(accounts, "board", "Review board member", null, password, Role.REVIEW_BOARD);
		account(accounts, "demo-admin", "Demo administrator", null, password, Role.ADMIN);
		openHouse();
		training.requireAcknowledgementOfCurrentVersion();
		StringBuilder table = new StringBuilder();
		accounts.forEach((user, roles) -> table.append(String.format("    %-14s %s%n", user, roles)));
		log.warn("""

				  Demo mode: {} officers on the roster. Demo accounts (password for all: {}):
				{}  Set LEO_DEMO_PASSWORD to keep one password across restarts.
				""", roster.size(), password, table);
	}

	/** Scenario 001 ends in a community open house; the demo always has one coming up, two weeks after it started. */
	private void openHouse() {
		String title = "Open house: meet the officers of your neighbourhood";
		if (engagement.upcoming().stream().anyMatch(event -> event.title().equals(title))) {
			return;
		}
		engagement.plan(new EventDetails(title,
				clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(16)),
				"Central Precinct, community room", String.join("\n",
						"Face painting and interactive demonstrations for children",
						"K-9 unit presentation",
						"Open conversation with officers" + hosts(),
						"Safety education for parents and children: what to do when a child is lost"),
				80, "en+es"));
	}

	/**
	 * The officers the invitation names: scenario 001's deputy and the rookie of scenario 000, as long as the roster
	 * has them on active duty (an officer on leave or terminated is never advertised to the public).
	 */
	private String hosts() {
		List<String> hosts = java.util.stream.Stream.of(DemoDepartment.RODRIGUEZ, DemoDepartment.ROOKIE)
			.flatMap(officer -> roster.findByBadge(officer.badgeNumber()).stream())
			.filter(officer -> officer.status() == org.leoprotocol.personnel.OfficerStatus.ACTIVE)
			.map(officer -> officer.rank() + " " + officer.firstName() + " " + officer.lastName()).toList();
		return hosts.isEmpty() ? "" : ", " + String.join(" and ", hosts) + " among them";
	}

	private void account(Map<String, String> printed, String username, String name, NewOfficer officer, String password,
			Role... roles) {
		OfficerId officerId = officer == null ? null : roster.findByBadge(officer.badgeNumber()).orElseThrow().id();
		staff.ensureAccount(new NewStaffAccount(username, name, officerId == null ? null : officerId.value(),
				Set.of(roles), password));
		staff.setPassword(username, password);
		staff.setEmail(username, username + "@demo.leo.invalid");
		printed.put(username, Set.of(roles).toString() + (officer == null ? "" : "  " + name));
	}
}
