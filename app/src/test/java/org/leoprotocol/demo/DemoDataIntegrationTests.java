package org.leoprotocol.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.engagement.Engagement;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.training.Training;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@LeoIntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Engagement engagement;
	@Autowired
	Training training;
	@Autowired
	MutableClock clock;
	@Autowired
	ClusterLock lock;

	@Test
	void loadingTwiceGivesTheSameDepartmentWithTheScenarioPeople() {
		clock.resetToSystemTime();
		DemoData demo = new DemoData(roster, staff, "demo-password-for-this-test", engagement, training, clock, lock);
		demo.run(new DefaultApplicationArguments());
		long officers = roster.size();
		long accounts = jdbc.sql("select count(*) from staff_account").query(Long.class).single();

		demo.run(new DefaultApplicationArguments());

		assertThat(roster.size()).isEqualTo(officers);
		assertThat(jdbc.sql("select count(*) from staff_account").query(Long.class).single()).isEqualTo(accounts);
		var miller = roster.findByBadge("734").orElseThrow();
		assertThat(miller.fullName()).isEqualTo("Mark Miller");
		assertThat(miller.rank()).isEqualTo("Police Officer");
		assertThat(roster.findByBadge("1").orElseThrow().rank()).isEqualTo("Chief of Police");
		var generated = DemoDepartment.generatedOfficers().get(0);
		assertThat(roster.chainOfCommand(roster.findByBadge(generated.badgeNumber()).orElseThrow().id()))
			.extracting(u -> u.code()).startsWith(generated.unitCode()).endsWith("PATROL", "HQ");
		assertThat(DemoDepartment.generatedOfficers()).hasSize(DemoDepartment.GENERATED)
			.extracting(officer -> officer.badgeNumber()).doesNotHaveDuplicates();
		assertThat(roster.size()).as("a mid-size agency").isGreaterThanOrEqualTo(130);
		assertThat(engagement.upcoming()).filteredOn(e -> e.title().startsWith("Open house")).hasSize(1);
		assertThat(training.modules()).isNotEmpty();
	}

	/** The history's outreach: two past events a year, in both languages, planned once however often Leo starts. */
	@Test
	void theDepartmentsPastOutreachIsPlannedOnceWithTwoEventsAYear() {
		clock.resetToSystemTime();
		DemoOutreach outreach = new DemoOutreach(engagement, clock, lock);
		outreach.run(new DefaultApplicationArguments());
		long events = engagement.all().size();

		outreach.run(new DefaultApplicationArguments());

		assertThat(engagement.all()).hasSize((int) events);
		List<Integer> years = HistoryYears.of(clock.instant());
		var past = engagement.all().stream()
			.filter(event -> DemoOutreach.plan(clock.instant()).stream()
				.anyMatch(planned -> planned.title().equals(event.title())
						&& planned.startsAt().equals(event.startsAt())))
			.toList();
		assertThat(past).allMatch(event -> event.isOver(clock.instant())).allMatch(e -> e.language().equals("en+es"))
			.extracting(event -> event.startsAt().atZone(java.time.ZoneOffset.UTC).getYear())
			.containsAll(years.subList(0, years.size() - 1));
		assertThat(past).hasSizeGreaterThanOrEqualTo(2 * (years.size() - 1));
	}

	/** Two nodes started together on an empty database both load the demo: one after the other, neither fails. */
	@Test
	void twoNodesLoadingAtOnceLoadItOnceAndBothStart() throws Exception {
		clock.resetToSystemTime();
		var nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var one = nodes.submit(
					() -> new DemoData(roster, staff, "demo-password-for-this-test", engagement, training, clock, lock)
						.run(new DefaultApplicationArguments()));
			var two = nodes.submit(
					() -> new DemoData(roster, staff, "demo-password-for-this-test", engagement, training, clock, lock)
						.run(new DefaultApplicationArguments()));
			one.get();
			two.get();
		}
		finally {
			nodes.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from staff_account where username = 'chief'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(engagement.upcoming()).filteredOn(e -> e.title().startsWith("Open house")).hasSize(1);
	}
}
