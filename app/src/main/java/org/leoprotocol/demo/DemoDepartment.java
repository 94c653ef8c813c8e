package org.leoprotocol.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.leoprotocol.personnel.NewOfficer;

/**
 * The demo department: the sworn people of the three scenarios, and around them a plausible roster generated from a
 * fixed seed so that every start produces the same officers.
 */
final class DemoDepartment {

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("HQ", "Office of the Chief", null),
			new DemoUnit("IA", "Internal Affairs Division", "HQ"),
			new DemoUnit("PATROL", "Patrol Bureau", "HQ"),
			new DemoUnit("CENTRAL", "Central Precinct", "PATROL"),
			new DemoUnit("CENTRAL-A", "Central Precinct, A Squad", "CENTRAL"),
			new DemoUnit("CENTRAL-B", "Central Precinct, B Squad", "CENTRAL"),
			new DemoUnit("NORTH", "North Precinct", "PATROL"),
			new DemoUnit("NORTH-A", "North Precinct, A Squad", "NORTH"),
			new DemoUnit("WATCH", "Watch Command", "PATROL"),
			new DemoUnit("DETECTIVES", "Detective Bureau", "HQ"));

	/** Officer Mark Miller, badge 734, fifteen years of service (scenario 000). */
	static final NewOfficer MARK_MILLER = officer("734", "Mark", "Miller", "Police Officer", "CENTRAL-A", 2011);
	/** Police Chief David Miller, Leo's father (scenario 000). */
	static final NewOfficer DAVID_MILLER = officer("1", "David", "Miller", "Chief of Police", "HQ", 2003);
	/**
	 * Deputy Chief Helen Ortiz, the designated alternate of command ({@code leo.conflicts.alternate.COMMAND}): she
	 * takes the decisions on Cora Miller's complaint from which the chief, Leo's father, is recused.
	 */
	static final NewOfficer DEPUTY_CHIEF = officer("2", "Helen", "Ortiz", "Deputy Chief", "HQ", 2006);
	/** Deputy Rodriguez, who found Malakai and did everything right (scenario 001). */
	static final NewOfficer RODRIGUEZ = officer("2218", "Daniel", "Rodriguez", "Deputy", "NORTH-A", 2016);
	/** The rookie who helps a disoriented elderly woman three months later (scenario 000). */
	static final NewOfficer ROOKIE = officer("3107", "Grace", "Okafor", "Probationary Officer", "CENTRAL-A", 2026);
	static final NewOfficer MILLERS_SERGEANT = officer("512", "Teresa", "Alvarez", "Sergeant", "CENTRAL-A", 2008);
	static final NewOfficer WATCH_COMMANDER = officer("208", "Samuel", "Price", "Lieutenant", "WATCH", 2005);
	static final NewOfficer INVESTIGATOR_ONE = officer("615", "Nadia", "Brooks", "Sergeant", "IA", 2009);
	static final NewOfficer INVESTIGATOR_TWO = officer("640", "Victor", "Haddad", "Detective", "IA", 2012);
	/** The decorated detective under internal investigation when the holding-room clip leaks (scenario 002). */
	static final NewOfficer DETECTIVE_SERGEANT = officer("4410", "Thomas", "Reyes", "Detective Sergeant", "DETECTIVES",
			2004);

	static final List<NewOfficer> SCENARIO_OFFICERS = List.of(MARK_MILLER, DAVID_MILLER, DEPUTY_CHIEF, RODRIGUEZ,
			ROOKIE,
			MILLERS_SERGEANT, WATCH_COMMANDER, INVESTIGATOR_ONE, INVESTIGATOR_TWO, DETECTIVE_SERGEANT);

	private static final String[] FIRST = { "Aaron", "Beatriz", "Carl", "Denise", "Emeka", "Fiona", "Gustavo", "Hannah",
			"Isaac", "Jolene", "Kwame", "Laura", "Marcus", "Noor", "Oscar", "Paula", "Quentin", "Rosa", "Stefan",
			"Tamika", "Umar", "Valerie", "Wesley", "Ximena", "Yusuf", "Zoe" };
	private static final String[] LAST = { "Anderson", "Baptiste", "Chen", "Dubois", "Eriksen", "Fitzgerald", "Garcia",
			"Hughes", "Ibrahim", "Johansson", "Kowalski", "Lopez", "Moreau", "Nguyen", "O'Brien", "Patel", "Quinn",
			"Rossi", "Schmidt", "Thompson", "Usman", "Varga", "Walsh", "Yamamoto", "Zielinski" };
	private static final String[] SQUADS = { "CENTRAL-A", "CENTRAL-B", "NORTH-A" };

	private DemoDepartment() {
	}

	/** The generated officers; with the people of the scenarios, a mid-size agency of 130 sworn. */
	static final int GENERATED = 120;
	/** The first generated officers, whose squads were drawn at random before the department grew. */
	private static final int FIRST_GENERATED = 30;

	/**
	 * {@value #GENERATED} patrol officers, sergeants and detectives, the same on every start. The first thirty are the
	 * department as it was first generated (same names, badges and squads); the others fill the three squads in turn,
	 * so that each squad is large enough for its complaint history to spread over its officers.
	 */
	static List<NewOfficer> generatedOfficers() {
		Random random = new Random(734);
		List<NewOfficer> officers = new ArrayList<>();
		for (int i = 0; i < GENERATED; i++) {
			String rank = i % 8 == 0 ? "Sergeant" : i % 11 == 0 ? "Detective" : "Police Officer";
			String first = FIRST[random.nextInt(FIRST.length)];
			String last = LAST[random.nextInt(LAST.length)];
			String squad = i < FIRST_GENERATED ? SQUADS[random.nextInt(SQUADS.length)] : SQUADS[i % SQUADS.length];
			officers.add(officer(Integer.toString(1000 + i * 37), first, last, rank, squad,
					2000 + random.nextInt(26)));
		}
		return officers;
	}

	private static NewOfficer officer(String badge, String first, String last, String rank, String unit, int hired) {
		return new NewOfficer(badge, first, last, rank, unit,
				LocalDate.of(hired, 1 + Math.abs(badge.hashCode() % 12), 1), null);
	}
}
