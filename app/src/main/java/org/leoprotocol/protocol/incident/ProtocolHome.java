package org.leoprotocol.protocol.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomePanel.Link;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.stereotype.Component;

/**
 * Leo's Protocol on the home pages. An officer sees the open incidents he takes part in, each with its next step and
 * that step's clock, and the steps the protocol gives to officers there; a supervisor sees the open incidents of the
 * units he commands (his unit and those below it), late ones first, with the step that is late. An incident is the unit
 * of its responsible officer, or while nobody is responsible the unit of the officer who opened it, as its escalations
 * are (a supervisor with no unit supervises the whole agency). Both lists pass through {@link IncidentAccess}, so
 * nobody sees on the home an incident he could not open, and the read is audited as the incident list is. Command's
 * figures are {@link org.leoprotocol.protocol.finding.ProtocolFigures}'; the scheduler's health is in
 * {@link org.leoprotocol.protocol.clock.SchedulerHealth}.
 */
@Component
class ProtocolHome implements HomeContributor {

	private final IncidentDesk desk;
	private final IncidentParts parts;
	private final IncidentAccess access;
	private final StaffMembers staff;
	private final Incidents incidents;
	private final Roster roster;
	private final Clock clock;

	ProtocolHome(IncidentDesk desk, IncidentParts parts, IncidentAccess access, StaffMembers staff, Incidents incidents,
			Roster roster,
			Clock clock) {
		this.desk = desk;
		this.parts = parts;
		this.access = access;
		this.staff = staff;
		this.incidents = incidents;
		this.roster = roster;
		this.clock = clock;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has(Role.OFFICER.name()) && !reader.has(Role.SUPERVISOR.name())) {
			return List.of();
		}
		desk.auditList(Sentence.ofText("audit.detail.search.home.incidents"));
		Actor member = reader.actor();
		List<Incident> visible = access.visible(desk.openIncidents(), member);
		List<HomePanel> panels = new ArrayList<>();
		if (reader.has(Role.OFFICER.name())) {
			Set<IncidentId> mine = incidents.partsOf(Acting.officer(member), member.username()).keySet();
			List<Incident> own = visible.stream().filter(incident -> mine.contains(incident.id())
					|| (Acting.officer(member) != null && Acting.officer(member).equals(incident.responsibleOfficer())))
				.toList();
			panels.add(HomePanel.of(Role.OFFICER.name(), "home-my-incidents", reader.t("home.officer.incidents"),
					reader.t("home.officer.incidents.none"),
					byUrgency(own.stream().map(incident -> nextStep(incident, reader)).toList()),
					new Link(reader.t("home.officer.incidents.all"), IncidentRoutes.LIST)));
			panels.add(HomePanel.of(Role.OFFICER.name(), "home-my-steps", reader.t("home.officer.steps"),
					reader.t("home.officer.steps.none"),
					byUrgency(own.stream().flatMap(incident -> myStepsIn(incident, reader).stream()).toList()),
					null));
		}
		if (reader.has(Role.SUPERVISOR.name())) {
			List<Incident> units = ofUnitsCommandedBy(member, visible);
			panels
				.add(HomePanel.of(Role.SUPERVISOR.name(), "home-unit-incidents", reader.t("home.supervisor.incidents"),
						reader.t("home.supervisor.incidents.none"),
						byUrgency(units.stream().map(incident -> worstStep(incident, reader)).toList()),
						new Link(reader.t("home.supervisor.board"), IncidentRoutes.BOARD)));
		}
		return panels;
	}

	/**
	 * The incidents of the units the supervisor commands: of his unit and those below it, by the responsible officer's
	 * unit or, while nobody is responsible, the opener's; all of them for a supervisor with no unit.
	 */
	private List<Incident> ofUnitsCommandedBy(Actor member, List<Incident> visible) {
		UUID own = staff.unitOf(member.username());
		if (own == null) {
			return visible;
		}
		Set<UUID> commanded = roster.unitAndBelow(own);
		return visible.stream().filter(incident -> commanded.contains(incident.responsibleOfficer() == null
				? staff.unitOf(incident.openedBy())
				: roster.find(incident.responsibleOfficer()).map(Officer::unitId).orElse(null)))
			.toList();
	}

	/** The incident with its first undone step, by position, and that step's clock. */
	private PanelItem nextStep(Incident incident, HomeReader reader) {
		Optional<StepClock> next = parts.steps(incident.id()).stream().filter(step -> !step.done())
			.min(Comparator.comparing(StepClock::position));
		PanelItem item = PanelItem.link(label(incident, reader), IncidentRoutes.incident(incident.id()),
				next.map(step -> reader.t("home.next", step.title())).orElse(reader.t("home.next.none")));
		return next.map(step -> clocked(item, step, reader)).orElse(item);
	}

	/** The steps of the incident the protocol gives to officers, not yet done. */
	private List<PanelItem> myStepsIn(Incident incident, HomeReader reader) {
		return parts.steps(incident.id()).stream().filter(step -> !step.done() && step.actingRole() == Role.OFFICER)
			.map(step -> clocked(
					PanelItem.link(step.title(), IncidentRoutes.incident(incident.id()), label(incident, reader)), step,
					reader))
			.toList();
	}

	/** The incident with its most urgent undone step: the latest late one, else the one due soonest. */
	private PanelItem worstStep(Incident incident, HomeReader reader) {
		Optional<StepClock> worst = parts.steps(incident.id()).stream()
			.filter(step -> !step.done() && step.dueAt() != null)
			.min(Comparator.comparing(StepClock::dueAt));
		PanelItem item = PanelItem.link(label(incident, reader), IncidentRoutes.incident(incident.id()),
				worst.map(step -> reader.t("home.step", step.title())).orElse(reader.t("home.next.none")));
		return worst.map(step -> clocked(item, step, reader)).orElse(item);
	}

	private PanelItem clocked(PanelItem item, StepClock step, HomeReader reader) {
		Instant now = clock.instant();
		if (step.dueAt() == null) {
			return item.due(null, null, reader.t("home.clock.waiting"));
		}
		Duration remaining = step.remaining(now);
		return remaining.isNegative()
				? item.due(step.dueAt(), "late", reader.t("home.clock.late", minutes(remaining.negated())))
				: item.due(step.dueAt(), "due", reader.t("home.clock.left", minutes(remaining)));
	}

	private static long minutes(Duration duration) {
		return Math.max(duration.toMinutes(), duration.isZero() ? 0 : 1);
	}

	/** Late first, then by deadline; items without a clock last. */
	static List<PanelItem> byUrgency(List<PanelItem> items) {
		return items.stream().sorted(Comparator.comparing((PanelItem item) -> !"late".equals(item.state()))
			.thenComparing(PanelItem::due, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
	}

	/** "Found child at Riverside Mall": the kind and place, never the person's name. */
	static String label(Incident incident, HomeReader reader) {
		return reader.t("home.incident", reader.t("transparency.kind." + incident.kind().name()), incident.location());
	}
}
