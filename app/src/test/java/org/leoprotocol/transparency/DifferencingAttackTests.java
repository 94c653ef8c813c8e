package org.leoprotocol.transparency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintReceived;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.InvestigationClosed;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.EscalationRaised;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.IncidentOpened;
import org.leoprotocol.protocol.IncidentReunified;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The differencing attack on the portal, as a statistician auditing a release would run it (the "audit" step of cell
 * suppression in the US Census Bureau's and NCES's disclosure practice): generated data with many cells of 1 to 4,
 * every number published for every table under every filter combination, in the CSV and JSON downloads and the public
 * API (the portal page renders the same view as the API), then each suppressed cell taken as an unknown in [1, 4] and
 * every published total as an equation over the cells beneath it. Equations with one unknown pin it; interval
 * propagation (an unknown's bounds from the others' bounds) finds the rest, such as two unknowns that must both be 1.
 * The test fails if any suppressed cell's exact value follows.
 */
@LeoIntegrationTest
class DifferencingAttackTests {

	static final List<Integer> YEARS = List.of(2051, 2052, 2053);
	static final List<String> UNITS = List.of("SUPPRESS-A", "SUPPRESS-B", "SUPPRESS-C");
	static final List<Category> CATEGORIES = List.of(Category.values()).subList(0, 5);
	static final List<Finding> FINDINGS = List.of(Finding.values()).subList(0, 4);
	static final String ANY = "*";
	static final String SECOND_OFFICER = "95209";

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Roster roster;
	@Autowired
	MessageSource messages;

	final JsonMapper json = JsonMapper.builder().build();
	final Random random = new Random(20251122);

	@Test
	void noSuppressedCellCanBeWorkedOutFromEverythingThePortalPublishes() throws Exception {
		generate();
		Release release = new Release();
		collectDownloads(release);
		collectStatistics(release);
		collectOfficerPages(release);

		Map<Cell, long[]> bounds = release.attack();
		List<String> derived = bounds.entrySet().stream()
			.filter(e -> release.suppressed.contains(e.getKey()) && mine(e.getKey())
					&& e.getValue()[0] == e.getValue()[1])
			.map(e -> e.getKey() + " = " + e.getValue()[0]).sorted().toList();
		assertThat(release.suppressed.stream().filter(this::mine)).as("the generated data has many small cells")
			.hasSizeGreaterThan(50);
		assertThat(
				release.suppressed.stream().filter(cell -> cell.measure().equals("officer-allegations") && mine(cell)))
			.as("the officers' own tables have small cells").hasSizeGreaterThan(20);
		assertThat(release.totals.stream().filter(total -> total.measure().equals("officer-allegations")))
			.as("the officer pages publish totals").hasSizeGreaterThan(20);
		assertThat(derived).as("suppressed cells an attacker can work out from published totals").isEmpty();
	}

	private boolean mine(Cell cell) {
		return YEARS.contains(Integer.parseInt(cell.key().get(cell.measure().startsWith("officer") ? 1 : 0)));
	}

	// --- the generated agency: three years, three units, cells of 0 to 7 --------------------------------------

	private void generate() {
		Map<String, OfficerId> officers = new HashMap<>();
		for (int i = 0; i < UNITS.size(); i++) {
			String unit = UNITS.get(i);
			int number = i;
			if (roster.units().stream().noneMatch(u -> u.code().equals(unit))) {
				roster.establishUnit(unit, "Suppression test unit " + i, null);
			}
			String badge = "9520" + i;
			officers.put(unit, roster.findByBadge(badge).orElseGet(() -> roster.get(roster.enlist(
					new NewOfficer(badge, "Sam", "Suppressed" + number, "Police Officer", unit,
							LocalDate.of(2040, 1, 1), null))))
				.id());
		}
		long complaints = 0;
		long commendations = 0;
		long allegations = 0;
		for (int year : YEARS) {
			Instant start = Instant.parse(year + "-03-01T10:00:00Z");
			for (String unit : UNITS) {
				OfficerId officer = officers.get(unit);
				for (int n = small(); n > 0; n--, complaints++) {
					publish(new ComplaintReceived(ComplaintId.random(), start.plus(Duration.ofHours(n)),
							List.of(officer), false));
				}
				for (int n = small(); n > 0; n--, commendations++) {
					publish(new CommendationReceived(ComplaintId.random(), start.plus(Duration.ofHours(n)),
							List.of(officer)));
				}
				List<InvestigationClosed.Outcome> outcomes = new ArrayList<>();
				for (Category category : CATEGORIES) {
					for (Finding finding : FINDINGS) {
						for (int n = small(); n > 0; n--) {
							outcomes.add(new InvestigationClosed.Outcome(officer, category, finding));
						}
					}
				}
				allegations += outcomes.size();
				publish(new InvestigationClosed(new InvestigationId(UUID.randomUUID()), "SUP-" + year + unit,
						start.plus(Duration.ofDays(40)), outcomes));
			}
		}
		allegations += officerWithOneSmallCellBesideALargeOne();
		List<IncidentId> opened = new ArrayList<>();
		List<IncidentOpened> incidents = new ArrayList<>();
		for (int year : YEARS) {
			for (IncidentKind kind : IncidentKind.values()) {
				for (int n = small(); n > 0; n--) {
					IncidentOpened incident = new IncidentOpened(new IncidentId(UUID.randomUUID()), kind, Priority.HIGH,
							1,
							Instant.parse(year + "-06-01T09:00:00Z").plus(Duration.ofMinutes(n)));
					incidents.add(incident);
					opened.add(incident.incidentId());
					publish(incident);
				}
			}
		}
		long expectedComplaints = complaints;
		long expectedCommendations = commendations;
		long expectedAllegations = allegations;
		await().atMost(Duration.ofSeconds(60))
			.until(() -> sum("transparency_complaints_received", "complaints", "unit <> '*'") == expectedComplaints
					&& sum("transparency_commendations", "commendations", "unit <> '*'") == expectedCommendations
					&& sum("transparency_allegation_outcomes", "allegations",
							"unit <> '*' and category <> '*' and finding <> '*'") == expectedAllegations
					&& sum("transparency_protocol_incidents", "incidents", "kind <> '*'") == opened.size());
		long escalations = 0;
		long reunifications = 0;
		for (IncidentOpened incident : incidents) {
			if (random.nextInt(3) > 0) {
				escalations++;
				publish(new EscalationRaised(incident.incidentId(), "NOTIFY_SUPERVISOR", 1, Role.SUPERVISOR, null,
						incident.reportedAt(), incident.reportedAt(), incident.kind(), incident.reportedAt()));
			}
			if (random.nextInt(3) > 0) {
				reunifications++;
				publish(new IncidentReunified(incident.incidentId(), incident.kind(), incident.reportedAt(),
						incident.reportedAt().plus(Duration.ofMinutes(3)),
						incident.reportedAt().plus(Duration.ofHours(1))));
			}
		}
		long expectedEscalations = escalations;
		long expectedReunifications = reunifications;
		await().atMost(Duration.ofSeconds(60))
			.until(() -> sum("transparency_protocol_incidents", "escalations", "kind <> '*'") == expectedEscalations
					&& sum("transparency_protocol_incidents", "reunifications",
							"kind <> '*'") == expectedReunifications);
	}

	/**
	 * A second officer of unit A whose table is the attacker's best case: in 2052 six sustained allegations of the
	 * first category beside two not sustained, so an exact total by category (8) less the published cell (6) would give
	 * the hidden 2 away. Returns the allegations published.
	 */
	private int officerWithOneSmallCellBesideALargeOne() {
		OfficerId officer = roster.findByBadge(SECOND_OFFICER).orElseGet(() -> roster.get(roster.enlist(
				new NewOfficer(SECOND_OFFICER, "Sam", "Secondofficer", "Police Officer", UNITS.get(0),
						LocalDate.of(2040, 1, 1), null))))
			.id();
		List<InvestigationClosed.Outcome> outcomes = new ArrayList<>();
		for (int n = 0; n < 8; n++) {
			outcomes.add(new InvestigationClosed.Outcome(officer, CATEGORIES.get(0), FINDINGS.get(n < 6 ? 0 : 1)));
		}
		publish(new InvestigationClosed(new InvestigationId(UUID.randomUUID()), "SUP-SECOND",
				Instant.parse("2052-05-01T10:00:00Z"), outcomes));
		return outcomes.size();
	}

	/** Mostly small: a third of the cells empty, most of the rest between 1 and 4. */
	private int small() {
		int n = random.nextInt(9);
		return n < 3 ? 0 : n - 2;
	}

	private long sum(String table, String measure, String cells) {
		return jdbc
			.sql("select coalesce(sum(" + measure + "), 0) from " + table + " where year between 2051 and 2053 and "
					+ cells)
			.query(Long.class).single();
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}

	// --- what the public can read ------------------------------------------------------------------------------

	private static final Map<String, List<String>> KEYS = Map.of(
			"complaints-received", List.of("year", "unit"),
			"commendations", List.of("year", "unit"),
			"allegation-outcomes", List.of("year", "unit", "category", "finding"),
			"protocol-incidents", List.of("year", "kind"),
			"officer-outcomes", List.of("officer", "year", "category", "finding"),
			"officer-commendations", List.of("officer", "year"));

	private void collectDownloads(Release release) throws Exception {
		for (Map.Entry<String, List<String>> table : KEYS.entrySet()) {
			JsonNode document = json.readTree(body("/transparency/data/" + table.getKey() + ".json"));
			List<String> columns = new ArrayList<>();
			document.get("columns").forEach(column -> columns.add(column.asString()));
			for (JsonNode row : document.get("rows")) {
				List<String> key = table.getValue().stream().map(column -> row.get(column).asString()).toList();
				for (String column : columns) {
					if (!table.getValue().contains(column)) {
						release.cell(measure(table.getKey(), column), key, row.get(column).asString());
					}
				}
			}
			String[] lines = body("/transparency/data/" + table.getKey() + ".csv").stripTrailing().split("\r\n", -1);
			List<String> header = List.of(lines[0].split(","));
			for (int i = 1; i < lines.length; i++) {
				List<String> cells = List.of(lines[i].split(","));
				List<String> key = table.getValue().stream().map(column -> cells.get(header.indexOf(column))).toList();
				for (int c = 0; c < header.size(); c++) {
					if (!table.getValue().contains(header.get(c))) {
						release.cell(measure(table.getKey(), header.get(c)), key, cells.get(c));
					}
				}
			}
		}
	}

	private static String measure(String column) {
		return column.equals("verified_reunifications") ? "reunifications" : column;
	}

	private static String measure(String table, String column) {
		return table.startsWith("officer-") ? "officer-" + column : measure(column);
	}

	/**
	 * Each generated officer's pages as the installed policy publishes them (case outcomes by pseudonym, commendations
	 * by name): the table by year, category and finding are the officer's cells; the charts by category, by finding and
	 * by year are totals over them, equations in the same unknowns as the downloads.
	 */
	private void collectOfficerPages(Release release) throws Exception {
		Map<String, String> categories = labels("category", Category.values());
		Map<String, String> findings = labels("finding", Finding.values());
		List<String> keys = new ArrayList<>();
		for (String badge : List.of("95200", "95201", "95202", SECOND_OFFICER)) {
			UUID officer = roster.findByBadge(badge).orElseThrow().id().value();
			keys.addAll(jdbc
				.sql("""
						select pseudonym_key from transparency_officer_pages where officer_id = :officer and field = 'CASE_OUTCOMES'
						union all
						select name_key from transparency_officer_pages where officer_id = :officer and field = 'COMMENDATIONS'""")
				.param("officer", officer).query(String.class).list());
		}
		assertThat(keys).as("a pseudonymous page per officer, a named one per officer with commendations").hasSize(7);
		for (String key : keys) {
			JsonNode page = json.readTree(body("/api/public/v1/officers/" + key));
			String officer = page.get("officer").asString();
			for (JsonNode row : page.get("outcomeRows")) {
				release.observe("officer-allegations",
						List.of(officer, row.get("year").asString(), categories.get(row.get("category").asString()),
								findings.get(row.get("finding").asString())),
						row.get("allegations").asString());
			}
			JsonNode charts = page.get("outcomeCharts");
			if (!charts.isEmpty()) {
				bars(charts.get(0), (label, shown) -> release.observe("officer-allegations",
						List.of(officer, ANY, categories.get(label), ANY), shown));
				bars(charts.get(1), (label, shown) -> release.observe("officer-allegations",
						List.of(officer, ANY, ANY, findings.get(label)), shown));
				bars(charts.get(2), (label, shown) -> release.observe("officer-allegations",
						List.of(officer, label, ANY, ANY), shown));
			}
			if (page.hasNonNull("commendations")) {
				bars(page.get("commendations"),
						(label, shown) -> release.observe("officer-commendations", List.of(officer, label), shown));
			}
		}
	}

	private void collectStatistics(Release release) throws Exception {
		Map<String, String> categories = labels("category", Category.values());
		Map<String, String> findings = labels("finding", Finding.values());
		Map<String, String> kinds = labels("kind", IncidentKind.values());
		JsonNode unfiltered = json.readTree(body("/api/public/v1/statistics"));
		List<String> years = options(unfiltered.get("filters").get("years"));
		List<String> units = options(unfiltered.get("filters").get("units"));
		List<String> categoryFilter = new ArrayList<>(List.of(""));
		categories.values().forEach(categoryFilter::add);
		for (String year : years) {
			for (String unit : units) {
				for (String category : categoryFilter) {
					JsonNode view = json.readTree(
							body("/api/public/v1/statistics?year=" + year + "&unit=" + unit + "&category=" + category));
					String y = year.isEmpty() ? ANY : year;
					String u = unit.isEmpty() ? ANY : unit;
					String c = category.isEmpty() ? ANY : category;
					JsonNode charts = view.get("complaintCharts");
					bars(charts.get(0), (label, shown) -> release.observe("allegations",
							List.of(y, u, categories.get(label), ANY), shown));
					bars(charts.get(1), (label, shown) -> release.observe("allegations",
							List.of(y, u, c, findings.get(label)), shown));
					bars(charts.get(2),
							(label, shown) -> release.observe("allegations", List.of(y, label, c, ANY), shown));
					bars(charts.get(3), (label, shown) -> release.observe("complaints", List.of(label, u), shown));
					bars(view.get("commendations"),
							(label, shown) -> release.observe("commendations", List.of(label, u), shown));
					bars(view.get("incidents"),
							(label, shown) -> release.observe("incidents", List.of(y, kinds.get(label)), shown));
					for (JsonNode row : view.get("incidentRows")) {
						List<String> key = List.of(y, kinds.get(row.get("kind").asString()));
						release.observe("incidents", key, row.get("incidents").asString());
						release.observe("escalations", key, row.get("escalations").asString());
						release.observe("reunifications", key, row.get("reunifications").asString());
					}
				}
			}
		}
	}

	private interface BarSink {
		void bar(String label, String shown);
	}

	private static void bars(JsonNode chart, BarSink sink) {
		chart.get("bars").forEach(bar -> sink.bar(bar.get("label").asString(), bar.get("shown").asString()));
	}

	private static List<String> options(JsonNode options) {
		List<String> values = new ArrayList<>();
		options.forEach(option -> values.add(option.get("value").asString()));
		return values;
	}

	/** Label shown (in English) → code, the way a reader of the page or the API would map them back. */
	private Map<String, String> labels(String kind, Enum<?>[] codes) {
		Map<String, String> labels = new HashMap<>();
		for (Enum<?> code : codes) {
			labels.put(
					messages.getMessage("transparency." + kind + "." + code.name(), null, code.name(), Locale.ENGLISH),
					code.name());
		}
		return labels;
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
	}

	// --- the attacker ------------------------------------------------------------------------------------------

	record Cell(String measure, List<String> key) {
		@Override
		public String toString() {
			return measure + key;
		}
	}

	record Total(String measure, List<String> pattern, long low, long high) {
		boolean covers(Cell cell) {
			if (!cell.measure().equals(measure)) {
				return false;
			}
			for (int i = 0; i < pattern.size(); i++) {
				if (!pattern.get(i).equals(ANY) && !pattern.get(i).equals(cell.key().get(i))) {
					return false;
				}
			}
			return true;
		}
	}

	/** Everything published: the cells (known, or suppressed) and the totals over them. */
	static final class Release {

		final Map<Cell, String> cells = new HashMap<>();
		final Set<Cell> suppressed = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
		final Set<Total> totals = new LinkedHashSet<>();

		void cell(String measure, List<String> key, String shown) {
			Cell cell = new Cell(measure, key);
			String before = cells.put(cell, shown);
			assertThat(before == null || before.equals(shown)).as("%s published as %s and as %s", cell, before, shown)
				.isTrue();
			if (shown.equals("<5")) {
				suppressed.add(cell);
			}
		}

		void observe(String measure, List<String> key, String shown) {
			if (key.contains(ANY)) {
				totals.add(shown.equals("<5") ? new Total(measure, key, 1, 4)
						: new Total(measure, key, Long.parseLong(shown), Long.parseLong(shown)));
			}
			else {
				cell(measure, key, shown);
			}
		}

		/**
		 * Bounds on every cell after propagating every total to a fixpoint. A total that no assignment of the unknowns
		 * in [1, 4] can meet is not a sum over those cells, and the attacker learns nothing from it.
		 */
		Map<Cell, long[]> attack() {
			Map<Cell, long[]> bounds = new HashMap<>();
			cells.forEach((cell, shown) -> bounds.put(cell, shown.equals("<5") ? new long[] { 1, 4 }
					: new long[] { Long.parseLong(shown), Long.parseLong(shown) }));
			List<Total> equations = new ArrayList<>(totals);
			Map<Total, List<Cell>> beneath = new HashMap<>();
			for (Total total : equations) {
				beneath.put(total, cells.keySet().stream().filter(total::covers).toList());
			}
			boolean changed = true;
			while (changed) {
				changed = false;
				for (Total total : List.copyOf(equations)) {
					List<Cell> under = beneath.get(total);
					long low = 0;
					long high = 0;
					for (Cell cell : under) {
						low += bounds.get(cell)[0];
						high += bounds.get(cell)[1];
					}
					if (total.low() > high || total.high() < low) {
						equations.remove(total);
						continue;
					}
					for (Cell cell : under) {
						long[] b = bounds.get(cell);
						long newLow = Math.max(b[0], total.low() - (high - b[1]));
						long newHigh = Math.min(b[1], total.high() - (low - b[0]));
						if (newLow != b[0] || newHigh != b[1]) {
							b[0] = newLow;
							b[1] = newHigh;
							changed = true;
						}
					}
				}
			}
			return bounds;
		}
	}
}
