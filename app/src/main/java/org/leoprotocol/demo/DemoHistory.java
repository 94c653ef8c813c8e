package org.leoprotocol.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.ClusterLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.stream.Collectors.groupingBy;

/**
 * Five years of the demo department's past ({@link HistoryYears}), generated from a seed ({@code
 * leo.demo.history-seed}) so that the portal and the officer pages show a department's real figures, not a handful of
 * stories: complaints against the generated officers, each investigated and closed with a finding, and commendations
 * forwarded to the officers' records. They are recorded through the complaints and investigations modules' history
 * methods ({@link ComplaintIntake#fileReceivedAt}, {@link Investigations#recordClosedCase}), which publish the same
 * events as a complaint filed and a case closed today, with their past dates; every statistic counts them in their own
 * year. The department's past protocol incidents come from its CAD export ({@link DemoIncidents}).
 *
 * <h2>Every count the portal shows is a real figure</h2> The portal suppresses counts of 1 to 4 and leaves such cells
 * out of every total above them. The history is therefore laid out in batches of at least five allegations of one
 * category and finding, in one squad and one year, and at least five commendations per squad and year, so that every
 * cell of the allegation, complaint and commendation tables is zero or at least five. In the current year Central
 * Precinct's A squad, Officer Miller's, also gets batches beside the stories' own findings (neglect of duty sustained,
 * Leo's Protocol violated), so that the stories' single cases sit in cells of real size. Only the officer tables, one
 * officer's year, keep the genuinely small counts the suppression exists for.
 *
 * <h2>Officers</h2> Each squad's complaints go to its officers in turn, in date order, so that an officer has at most
 * one complaint in any twelve months and no two not-sustained findings of the same category (the not-sustained category
 * changes from year to year): the history is laid out below the early-warning thresholds (two complaints in twelve
 * months, two not-sustained findings of one category in 36 months), so that scenario 000's Officer Miller stays the
 * department's flag. The scenario officers have no generated history.
 *
 * <h2>People</h2> Complainants are named "Fictitious complainant", children "Fictitious child", each with a number:
 * clearly invented, and like any complainant's or child's name never published ({@link DemoPeople#PROTECTED}).
 *
 * <h2>Idempotent, quick, one node at a time</h2> The whole history is stored in one transaction, keyed by the seed: a
 * restart, or a second node (which waits for {@link ClusterLock#START_UP_SEEDING}), finds its first complaint and adds
 * nothing.
 */
@Component
@Order(25)
@ConditionalOnBooleanProperty("leo.demo.enabled")
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	/** Who decided the past cases' final findings: the deputy chief. */
	static final String DECIDER = DemoStories.DEPUTY_CHIEF;
	/** Who investigated them: internal affairs' investigator. */
	static final String INVESTIGATOR = "investigator";
	static final String FICTITIOUS_COMPLAINANT = DemoPeople.FICTITIOUS + " complainant";
	static final String FICTITIOUS_CHILD = DemoPeople.FICTITIOUS + " child";
	/** The fewest allegations of one category and finding, or commendations, in one squad and year. */
	static final int BATCH = 5;

	private static final Category[] NOT_SUSTAINED_BY_YEAR = { Category.DISCOURTESY, Category.ABUSE_OF_AUTHORITY,
			Category.FAILURE_TO_TAKE_REPORT, Category.FORCE, Category.NEGLECT_OF_DUTY };
	private static final Category[] UNFOUNDED = { Category.FORCE, Category.ABUSE_OF_AUTHORITY, Category.DISCOURTESY };
	private static final Category[] EXONERATED = { Category.FORCE, Category.ABUSE_OF_AUTHORITY };
	private static final Category[] SUSTAINED = { Category.DISCOURTESY, Category.OFFENSIVE_LANGUAGE,
			Category.FAILURE_TO_TAKE_REPORT, Category.NEGLECT_OF_DUTY };
	static final String[] PLACES = { "Traffic stop on Harbour Road", "Central station, main hall",
			"Maple Street shopping centre", "North library car park", "Riverside park", "Elm Road, outside the bakery",
			"Bus terminal", "Lakeside trail" };
	static final Map<org.leoprotocol.investigations.Finding, String> REASONS = Map.of(
			org.leoprotocol.investigations.Finding.SUSTAINED, "The evidence proves the act and that it broke policy",
			org.leoprotocol.investigations.Finding.NOT_SUSTAINED,
			"Not enough evidence to prove or disprove the allegation",
			org.leoprotocol.investigations.Finding.EXONERATED, "The act occurred and was lawful and within policy",
			org.leoprotocol.investigations.Finding.UNFOUNDED, "The evidence shows that the act did not occur");

	final ComplaintIntake intake;
	final Investigations investigations;
	private final Roster roster;
	private final Clock clock;
	private final ClusterLock seedingLock;
	private final TransactionTemplate transaction;
	private final long seed;

	DemoHistory(ComplaintIntake intake, Investigations investigations, Roster roster, Clock clock,
			ClusterLock seedingLock, PlatformTransactionManager transactions,
			@Value("${leo.demo.history-seed:17}") long seed) {
		this.intake = intake;
		this.investigations = investigations;
		this.roster = roster;
		this.clock = clock;
		this.seedingLock = seedingLock;
		this.transaction = new TransactionTemplate(transactions);
		this.seed = seed;
	}

	/** Nodes started together seed one after another; the later ones find the history stored. */
	@Override
	@SuppressWarnings("try") // the lock is held for the block and never read
	public void run(ApplicationArguments args) {
		try (ClusterLock.Held seeding = seedingLock.hold(ClusterLock.START_UP_SEEDING)) {
			long started = System.nanoTime();
			Integer stored = transaction.execute(status -> record(clock.instant()));
			if (stored != null && stored > 0) {
				log.info("Demo history: {} complaints and commendations of five years recorded in {} ms", stored,
						Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
		}
	}

	/** Records the whole history; returns how many complaints and commendations, or 0 when it was there already. */
	private int record(Instant now) {
		List<PastComplaint> complaints = plan(now);
		int stored = 0;
		for (PastComplaint complaint : complaints) {
			if (!complaint.record(this) && stored == 0) {
				return 0;
			}
			stored++;
		}
		return stored;
	}

	/** The history as planned from the seed: same seed and same year, same history. */
	List<PastComplaint> plan(Instant now) {
		Random random = new Random(seed);
		Map<String, List<Officer>> squads = squads();
		List<Integer> years = HistoryYears.of(now);
		List<PastComplaint> planned = new java.util.ArrayList<>();
		for (String squad : squads.keySet()) {
			List<Officer> officers = squads.get(squad);
			int complained = 0;
			int commended = 0;
			for (int index = 0; index < years.size(); index++) {
				int year = years.get(index);
				List<FindingBatch> batches = batches(random, index, squad, year == years.get(years.size() - 1));
				int total = batches.stream().mapToInt(FindingBatch::size).sum();
				int k = 0;
				for (FindingBatch batch : batches) {
					for (int i = 0; i < batch.size(); i++, k++) {
						Instant received = HistoryYears.at(year, now, 0.75 * (k + random.nextDouble()) / total);
						Instant until = HistoryYears.until(year, now);
						Instant closed = received.plus(Duration.ofDays(15 + random.nextInt(90)));
						planned.add(new PastComplaint(key(planned.size()), Kind.COMPLAINT,
								officers.get(complained++ % officers.size()), batch.category(), batch.finding(),
								received, closed.isAfter(until) ? until : closed, random.nextInt(8) == 0,
								random.nextInt(PLACES.length)));
					}
				}
				int commendations = BATCH + random.nextInt(5);
				for (int i = 0; i < commendations; i++) {
					planned.add(new PastComplaint(key(planned.size()), Kind.COMMENDATION,
							officers.get((commended++ * 7 + index) % officers.size()), null, null,
							HistoryYears.at(year, now, 0.9 * (i + random.nextDouble()) / commendations), null, false,
							random.nextInt(PLACES.length)));
				}
			}
		}
		return planned;
	}

	/**
	 * A squad's allegations of one year: a batch closed not sustained (of the year's category), one unfounded, one
	 * exonerated and, most years, one sustained; in the current year Officer Miller's squad also gets the batches the
	 * stories' sustained findings fall into.
	 */
	private static List<FindingBatch> batches(Random random, int yearIndex, String squad, boolean currentYear) {
		List<FindingBatch> batches = new java.util.ArrayList<>(List.of(
				new FindingBatch(NOT_SUSTAINED_BY_YEAR[yearIndex % NOT_SUSTAINED_BY_YEAR.length],
						org.leoprotocol.investigations.Finding.NOT_SUSTAINED, BATCH + 1 + random.nextInt(4)),
				new FindingBatch(UNFOUNDED[random.nextInt(UNFOUNDED.length)],
						org.leoprotocol.investigations.Finding.UNFOUNDED, BATCH + random.nextInt(3)),
				new FindingBatch(EXONERATED[random.nextInt(EXONERATED.length)],
						org.leoprotocol.investigations.Finding.EXONERATED, BATCH + random.nextInt(3))));
		if (random.nextInt(5) < 3) {
			batches.add(new FindingBatch(SUSTAINED[random.nextInt(SUSTAINED.length)],
					org.leoprotocol.investigations.Finding.SUSTAINED, BATCH + random.nextInt(2)));
		}
		if (currentYear && squad.equals(DemoDepartment.MARK_MILLER.unitCode())) {
			batches.add(new FindingBatch(Category.NEGLECT_OF_DUTY, org.leoprotocol.investigations.Finding.SUSTAINED,
					BATCH));
			batches.add(new FindingBatch(Category.PROTOCOL_VIOLATION, org.leoprotocol.investigations.Finding.SUSTAINED,
					BATCH));
		}
		return batches;
	}

	/** The generated officers by squad, each squad in badge order; the scenario officers have no generated past. */
	private Map<String, List<Officer>> squads() {
		Map<String, List<org.leoprotocol.personnel.NewOfficer>> bySquad = DemoDepartment.generatedOfficers().stream()
			.collect(groupingBy(org.leoprotocol.personnel.NewOfficer::unitCode, java.util.TreeMap::new,
					java.util.stream.Collectors.toList()));
		Map<String, List<Officer>> squads = new java.util.TreeMap<>();
		bySquad.forEach((squad, officers) -> squads.put(squad,
				officers.stream().map(o -> roster.findByBadge(o.badgeNumber()).orElseThrow()).toList()));
		return squads;
	}

	private String key(int index) {
		return "demo-history-" + seed + "-" + index;
	}
}
