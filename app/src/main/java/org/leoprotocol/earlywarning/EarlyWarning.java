package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.earlywarning.rules.RuleSetting;
import org.leoprotocol.earlywarning.backtest.Cohort;
import org.leoprotocol.earlywarning.backtest.Ranking;
import org.leoprotocol.earlywarning.history.HistoryStore;
import org.leoprotocol.earlywarning.indicators.Breakdown;
import org.leoprotocol.earlywarning.indicators.IndicatorQueries;
import org.leoprotocol.earlywarning.indicators.IndicatorWindows;
import org.leoprotocol.earlywarning.indicators.PerformanceEntry;
import org.leoprotocol.earlywarning.indicators.PerformanceRecords;
import org.leoprotocol.earlywarning.indicators.RiskScore;
import org.leoprotocol.earlywarning.reason.FlagOutcome;
import org.leoprotocol.earlywarning.rules.ComplaintThresholdPolicy;
import org.leoprotocol.earlywarning.rules.EarlyWarningPolicy;
import org.leoprotocol.earlywarning.rules.PeerPercentilePolicy;
import org.leoprotocol.earlywarning.rules.ProtocolFindingPolicy;
import org.leoprotocol.earlywarning.rules.RepeatedInsufficientEvidencePolicy;
import org.leoprotocol.earlywarning.rules.RuleSettings;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning module's facade. It keeps each officer's indicators and flags current: every protocol finding,
 * allegation or commendation entered ({@link PerformanceEntries}), rule changed
 * ({@link org.leoprotocol.earlywarning.rules.RuleSettingDesk}) or import recomputes the officers it touches at once, so
 * a flag is raised the moment the record justifies it, not at the next quarterly report. It also answers "what was
 * known on date D", which the backtest uses. Flags only ask for a supervisor's review ({@link FlagReview}); nothing
 * here changes an officer's status.
 */
@Service
public class EarlyWarning {

	public static final String COMPONENT = "earlywarning";

	/**
	 * Early warning itself, acting on what other modules recorded: named by its component, as its records always were.
	 */
	static final Actor ITSELF = Actor.staff(COMPONENT);
	static final List<EarlyWarningPolicy> POLICIES = List.of(new RepeatedInsufficientEvidencePolicy(),
			new ProtocolFindingPolicy(), new PeerPercentilePolicy(), new ComplaintThresholdPolicy());

	private final IndicatorQueries indicators;
	private final RuleSettings settings;
	private final Flags flags;
	private final PerformanceRecords records;
	private final HistoryStore history;
	private final Roster roster;
	private final Clock clock;
	private final AgencyTime agencyTime;

	EarlyWarning(IndicatorQueries indicators, RuleSettings settings, Flags flags, PerformanceRecords records,
			HistoryStore history, Roster roster, Clock clock, AgencyTime agencyTime) {
		this.agencyTime = agencyTime;
		this.indicators = indicators;
		this.settings = settings;
		this.flags = flags;
		this.records = records;
		this.history = history;
		this.roster = roster;
		this.clock = clock;
	}

	/** Re-evaluates the officer; closes the flag under review with {@code outcome} when no rule holds any more. */
	void reconsider(UUID officer, FlagOutcome outcome) {
		history.holdForEvaluation(officer);
		Map<String, RuleSetting> rules = settings.byRule();
		Optional<Flags.Raised> raised = indicators.one(officer, tomorrow(), windows(rules)).stream().findFirst()
			.flatMap(one -> evaluate(one, rules));
		if (raised.isPresent()) {
			flags.raiseOrRefresh(List.of(raised.get()), clock.instant());
		}
		else {
			flags.closeUnfounded(officer, outcome, ITSELF, clock.instant());
		}
	}

	/** Re-evaluates one officer as of today: raises or refreshes the flag; returns the flag under review, if any. */
	@Transactional
	public Optional<Flag> recompute(UUID officer) {
		history.holdForEvaluation(officer);
		LocalDate asOf = tomorrow();
		Map<String, RuleSetting> rules = settings.byRule();
		indicators.one(officer, asOf, windows(rules)).forEach(one -> evaluate(one, rules)
			.ifPresent(raised -> flags.raiseOrRefresh(List.of(raised), clock.instant())));
		return flags.underReview(officer);
	}

	/**
	 * Re-evaluates every officer each night, when the windows move on by a day: a complaint drops out of "the last 12
	 * months" without anything being recorded. It also renews the peer counts that live updates read.
	 */
	@Transactional
	public void recomputeNightly() {
		recomputeAll();
	}

	/** Re-evaluates every officer of every agency; returns how many officers have a flag under review. */
	@Transactional
	public int recomputeAll() {
		Map<String, RuleSetting> rules = settings.byRule();
		List<Flags.Raised> raised = new ArrayList<>();
		LocalDate asOf = tomorrow();
		trackRoster();
		List<Indicators> everyone = indicators.all(null, asOf, windows(rules));
		for (Indicators officer : everyone) {
			evaluate(officer, rules).ifPresent(raised::add);
		}
		indicators.keepPeerCounts(everyone, asOf, windows(rules));
		flags.raiseOrRefresh(raised, clock.instant());
		return flags.list(null, Integer.MAX_VALUE).size();
	}

	/** What was known about one officer on {@code asOf}; {@code null} means today (everything recorded so far). */
	public Indicators indicators(UUID officer, LocalDate asOf) {
		LocalDate date = asOf == null ? tomorrow() : asOf;
		return indicators.one(officer, date, windows(settings.byRule())).stream().findFirst()
			.orElseThrow(() -> new UnknownRecord("earlywarning.officer.no-history", officer, date.toString()));
	}

	/**
	 * The officer's peers: the other officers of the same agency and rank in the workforce on the officer's date, with
	 * what was known about them then; the officer is not among them, so a comparison never repeats their own numbers.
	 */
	List<Indicators> peersOf(Indicators officer) {
		trackRoster();
		return indicators.workforce(officer.agency(), officer.asOf(), officer.asOf(), windows(settings.byRule()))
			.stream()
			.filter(other -> java.util.Objects.equals(other.rank(), officer.rank())
					&& !other.officerId().equals(officer.officerId()))
			.toList();
	}

	/** The history officer standing for a roster officer, created on first use. */
	public UUID trackedOfficer(OfficerId officer) {
		return tracked(officer);
	}

	/** Allegations of an officer by category and finding over 1, 2 and 5 years before the date. */
	List<Breakdown> breakdown(UUID officer, LocalDate asOf) {
		return indicators.breakdown(officer, asOf == null ? tomorrow() : asOf);
	}

	/**
	 * The agency's whole workforce on the date (the roster's officers without complaints included), ranked by
	 * {@link RiskScore} with what was known before it, ties broken as the backtest breaks them ({@link Ranking}).
	 */
	public List<RankedOfficer> ranking(String agency, LocalDate asOf) {
		trackRoster();
		Map<String, RuleSetting> rules = settings.byRule();
		Cohort workforce = new Cohort(agency, asOf, indicators.workforce(agency, asOf, asOf, windows(rules)), 0);
		return Ranking.of(Backtest.ruleScore(), workforce).places().stream()
			.map(place -> new RankedOfficer(place.officer(), place.score().value(), reasons(place.officer(), rules),
					place.rank(), workforce.size()))
			.toList();
	}

	/** The officer's place in today's ranking of the agency's workforce, if the officer is in it. */
	Optional<RankedOfficer> placeToday(Indicators officer) {
		return ranking(officer.agency(), officer.asOf()).stream()
			.filter(r -> r.indicators().officerId().equals(officer.officerId()))
			.findFirst();
	}

	/**
	 * Makes every roster officer known to early warning, so that rankings and peer groups count the whole workforce and
	 * not only the officers something was recorded against. Cheap when nothing changed.
	 */
	private void trackRoster() {
		if (indicators.rosterOfficersTracked() < roster.size()) {
			roster.all()
				.forEach(officer -> history.ensureRosterOfficer(officer.agencyCode(), officer.badgeNumber(),
						officer.firstName(),
						officer.lastName(), officer.rank(), officer.hireDate(), officer.id().value()));
		}
	}

	/** The agencies whose history Leo holds. */
	public List<String> agencies() {
		return indicators.agencies();
	}

	/**
	 * Which of these history officers are on this installation's roster: the department's own, not an imported
	 * agency's.
	 */
	java.util.Set<UUID> onRoster(java.util.Collection<UUID> officers) {
		return records.onRoster(officers);
	}

	/** The history officers (the ids flags name) standing for these officers of the roster. */
	java.util.Set<UUID> standingFor(java.util.Collection<UUID> rosterOfficers) {
		return records.standingFor(rosterOfficers);
	}

	public Map<UUID, String> labels(List<UUID> officers) {
		return records.labels(officers);
	}

	List<PerformanceEntry> protocolFindings(UUID officer) {
		return records.protocolFindings(officer);
	}

	List<PerformanceEntry> commendations(UUID officer) {
		return records.commendations(officer);
	}

	Map<String, RuleSetting> settingsByRule() {
		return settings.byRule();
	}

	/** The named rules, in the order their reasons are weighed. */
	public static List<EarlyWarningPolicy> policies() {
		return POLICIES;
	}

	static IndicatorWindows windows(Map<String, RuleSetting> rules) {
		return new IndicatorWindows(rules.get(ComplaintThresholdPolicy.NAME).windowMonths(),
				rules.get(PeerPercentilePolicy.NAME).windowMonths(),
				rules.get(RepeatedInsufficientEvidencePolicy.NAME).windowMonths(),
				rules.get(ProtocolFindingPolicy.NAME).windowMonths());
	}

	static List<Reason> reasons(Indicators officer, Map<String, RuleSetting> rules) {
		if (officer.complaints5y() == 0 && officer.protocolFindings() == 0) {
			return List.of(); // every count a rule reads lies within five years: nothing to fire on
		}
		return POLICIES.stream().filter(policy -> rules.get(policy.name()).enabled())
			.flatMap(policy -> policy.evaluate(officer, rules.get(policy.name())).stream())
			.sorted(Comparator.comparingDouble(Reason::weight).reversed()).toList();
	}

	private Optional<Flags.Raised> evaluate(Indicators officer, Map<String, RuleSetting> rules) {
		List<Reason> reasons = reasons(officer, rules);
		return reasons.isEmpty() ? Optional.empty()
				: Optional.of(new Flags.Raised(officer.officerId(), RiskScore.of(officer),
						reasons.stream().map(Reason::words).toList()));
	}

	private UUID tracked(OfficerId id) {
		if (id == null) {
			throw new InvalidInput("earlywarning.officer.missing");
		}
		Officer officer = roster.get(id);
		return history.ensureRosterOfficer(officer.agencyCode(), officer.badgeNumber(), officer.firstName(),
				officer.lastName(),
				officer.rank(), officer.hireDate(), id.value());
	}

	/**
	 * Everything recorded up to the end of today counts: "before tomorrow", today being the agency's calendar day (in
	 * Chicago at 19:00 CST it is still today, though UTC has moved on).
	 */
	private LocalDate tomorrow() {
		return today().plusDays(1);
	}

	/** The agency's calendar day now. */
	public LocalDate today() {
		return agencyDay(clock, agencyTime.zone());
	}

	static LocalDate agencyDay(Clock clock, java.time.ZoneId zone) {
		return LocalDate.now(clock.withZone(zone));
	}
}
