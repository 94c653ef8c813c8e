package org.leoprotocol.earlywarning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.earlywarning.history.job.ImportJob;
import org.leoprotocol.earlywarning.history.job.ImportJobs;
import org.leoprotocol.earlywarning.history.job.ImportState;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomePanel.Link;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelBar;
import org.leoprotocol.shared.web.PanelChart;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.stereotype.Component;

/**
 * Early warning on the home pages. A supervisor sees the open flags waiting for a review and the flags whose follow-up
 * date has come about the officers of the units he commands (his unit and those below it; the whole department for a
 * supervisor with no unit), each linked to the flag's review form, leaving out any flag the conflict policy keeps from
 * him (his own, a relative's); command sees how many flags stand at each stage of review; an administrator sees the
 * complaint-history imports that failed on this node (import jobs are kept by the node that runs them).
 */
@Component
class EarlyWarningHome implements HomeContributor {

	static final int SHOWN = 20;

	private final FlagReview review;
	private final EarlyWarning earlyWarning;
	private final Conflicts conflicts;
	private final AuditTrail audit;
	private final ImportJobs imports;
	private final StaffDirectory staff;
	private final Roster roster;

	EarlyWarningHome(FlagReview review, EarlyWarning earlyWarning, Conflicts conflicts, AuditTrail audit,
			ImportJobs imports, StaffDirectory staff, Roster roster) {
		this.review = review;
		this.earlyWarning = earlyWarning;
		this.conflicts = conflicts;
		this.audit = audit;
		this.imports = imports;
		this.staff = staff;
		this.roster = roster;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		List<HomePanel> panels = new ArrayList<>();
		if (reader.has(Role.SUPERVISOR.name())) {
			audit.query(AuditAction.SEARCH, EarlyWarning.COMPONENT, "Flag",
					Sentence.ofText("audit.detail.search.home.flags-open"));
			Optional<Set<UUID>> supervised = supervisedBy(reader.username());
			List<Flag> open = mayReview(supervised.map(officers -> review.flagsOf(FlagStatus.OPEN, officers, 200))
				.orElseGet(() -> review.flags(FlagStatus.OPEN, 200)), reader);
			List<Flag> due = mayReview(review.followUpsDue().stream()
				.filter(flag -> supervised.map(officers -> officers.contains(flag.officerId())).orElse(true))
				.toList(), reader);
			Map<UUID, String> labels = earlyWarning
				.labels(Stream.concat(open.stream(), due.stream()).map(Flag::officerId).toList());
			panels.add(HomePanel.of(Role.SUPERVISOR.name(), "home-flags", reader.t("home.supervisor.flags"),
					reader.t("home.supervisor.flags.none"),
					open.stream().limit(SHOWN)
						.map(flag -> PanelItem.link(labels.get(flag.officerId()), EarlyWarningRoutes.flag(flag.id()),
								reader.t("home.flag.raised", reader.when(flag.raisedAt()), flag.reasons().size())))
						.toList(),
					new Link(reader.t("home.supervisor.flags.all"), EarlyWarningRoutes.FLAGS)));
			panels.add(HomePanel.of(Role.SUPERVISOR.name(), "home-follow-ups", reader.t("home.supervisor.followUps"),
					reader.t("home.supervisor.followUps.none"),
					due.stream()
						.map(flag -> PanelItem.link(labels.get(flag.officerId()), EarlyWarningRoutes.flag(flag.id()),
								reader.t("home.flag.followUp", flag.followUpOn(), flag.interventionPlan()))
							.due(null, "due", reader.t("home.flag.due")))
						.toList(),
					null));
		}
		if (reader.has(Role.COMMAND.name())) {
			panels.add(HomePanel
				.of(Role.COMMAND.name(), "home-flag-figures", reader.t("home.command.flags"), "", List.of(),
						new Link(reader.t("home.supervisor.flags.all"), EarlyWarningRoutes.FLAGS))
				.withCharts(List.of(flagChart(reader))));
		}
		if (reader.has(Role.ADMIN.name())) {
			panels.add(HomePanel.of(Role.ADMIN.name(), "home-imports", reader.t("home.admin.imports"),
					reader.t("home.admin.imports.none"),
					imports.recent().stream().filter(job -> job.state() == ImportState.FAILED)
						.map(job -> PanelItem
							.link(job.fileName(), EarlyWarningRoutes.importJob(job.id()),
									reader.t(job.failure().key(), job.failure().getArguments()))
							.due(null, "late", reader.t("home.admin.imports.failedAt", reader.when(job.startedAt()))))
						.toList(),
					new Link(reader.t("home.admin.imports.all"), EarlyWarningRoutes.IMPORT)));
		}
		return panels;
	}

	/**
	 * The officers of the units the supervisor commands, his unit and those below it, as flags name them (their history
	 * records); empty (not an empty set) for a supervisor with no unit, who supervises the whole department.
	 */
	private Optional<Set<UUID>> supervisedBy(String username) {
		Optional<UUID> unit = staff.officerOf(username).flatMap(officer -> roster.find(new OfficerId(officer)))
			.map(Officer::unitId);
		return unit.map(own -> earlyWarning.standingFor(roster.officersIn(roster.unitAndBelow(own)).stream()
			.map(officer -> officer.id().value()).collect(Collectors.toSet())));
	}

	/**
	 * The flags this supervisor may decide on, of the department's own officers: an imported agency's history is there
	 * for backtests and models, and nobody here supervises its officers.
	 */
	private List<Flag> mayReview(List<Flag> flags, HomeReader reader) {
		java.util.Set<UUID> department = earlyWarning.onRoster(flags.stream().map(Flag::officerId).toList());
		return flags.stream().filter(flag -> department.contains(flag.officerId()))
			.filter(flag -> conflicts.check(reader.actor(), Act.DECIDE,
					RecordRef.of(RecordKind.EARLY_WARNING_FLAG, flag.id()))
				.isEmpty())
			.toList();
	}

	private PanelChart flagChart(HomeReader reader) {
		audit.query(AuditAction.SEARCH, EarlyWarning.COMPONENT, "Flag",
				Sentence.ofText("audit.detail.search.home.flag-counts"));
		Map<FlagStatus, Long> counts = review.counts();
		return new PanelChart("chart-flags", reader.t("home.chart.flags"), reader.t("home.chart.status"),
				reader.t("home.chart.flagCount"),
				Arrays.stream(FlagStatus.values()).filter(status -> status != FlagStatus.CLOSED)
					.map(status -> PanelBar.of(reader.t("home.flagStatus." + status.name()),
							counts.getOrDefault(status, 0L)))
					.toList());
	}
}
