package org.leoprotocol.training;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.Unit;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training on protocol versions: modules, each officer's acknowledgement, and compliance by chain of command. An
 * acknowledgement is the officer's own act, made with their own staff account, and is never changed or withdrawn; a
 * later version gets modules of its own.
 */
@Service
public class Training {

	static final String COMPONENT = "training";

	private final TrainingModules modules;
	private final Protocols protocols;
	private final Roster roster;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Clock clock;

	Training(TrainingModules modules, Protocols protocols, Roster roster, StaffDirectory staff, AuditTrail audit,
			Clock clock) {
		this.modules = modules;
		this.protocols = protocols;
		this.roster = roster;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public TrainingModule create(NewTrainingModule request, Actor creator) {
		Map<String, String> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new ModuleRefused(problems);
		}
		protocols.version(request.protocolVersion());
		TrainingModule module = new TrainingModule(UUID.randomUUID(), request.protocolVersion(),
				request.title().strip(),
				request.summary().strip(), request.blankToNull(request.content()), request.blankToNull(request.link()),
				creator.username(),
				clock.instant());
		modules.insert(module);
		audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("TrainingModule", module.id()),
				Sentence.of("audit.detail.training.protocol-version", String.valueOf(module.protocolVersion())));
		return module;
	}

	/** Creates the module that asks every officer to acknowledge a newly published version, unless one exists. */
	@Transactional
	public void requireAcknowledgementOf(int version, String name, String notes) {
		if (modules.anyForVersion(version)) {
			return;
		}
		TrainingModule module = new TrainingModule(UUID.randomUUID(), version, name, notes == null ? "" : notes.strip(),
				null, "/staff/protocols?version=" + version, TrainingModule.LEO, clock.instant());
		modules.insert(module);
	}

	/**
	 * Asks every officer to acknowledge the current version, for installations whose first version was not published
	 * through Leo.
	 */
	@Transactional
	public void requireAcknowledgementOfCurrentVersion() {
		ProtocolVersion current = protocols.current();
		requireAcknowledgementOf(current.version(), current.name(), current.notes());
	}

	public List<TrainingModule> modules() {
		return modules.all();
	}

	public TrainingModule module(UUID id) {
		return modules.find(id).orElseThrow(() -> new UnknownRecord("training.module.unknown", id));
	}

	/**
	 * The modules as the signed-in officer sees them, with their own acknowledgement dates; empty for civilian staff.
	 */
	public List<OfficerTraining> mine(Actor reader) {
		UUID officer = staff.officerOf(reader.username()).orElse(null);
		Map<UUID, java.time.Instant> acknowledged = officer == null ? Map.of() : modules.acknowledgedBy(officer);
		return modules.all().stream().map(m -> new OfficerTraining(m, acknowledged.get(m.id()))).toList();
	}

	public boolean isOfficer(Actor reader) {
		return staff.officerOf(reader.username()).isPresent();
	}

	/**
	 * Records that the officer behind the staff account has completed the module. Acknowledging twice keeps the first
	 * date.
	 */
	@Transactional
	public void acknowledge(UUID moduleId, Actor officerActing) {
		TrainingModule module = module(moduleId);
		UUID officer = staff.officerOf(officerActing.username())
			.orElseThrow(() -> new WrongState("training.acknowledge.no-officer"));
		if (modules.acknowledge(module.id(), officer, officerActing.username(), clock.instant())) {
			audit.access(AuditAction.CREATE, COMPONENT,
					RecordReference.of("TrainingAcknowledgement", module.id() + "/" + officer),
					Sentence.of("audit.detail.training.protocol-version", String.valueOf(module.protocolVersion())));
		}
	}

	/**
	 * Compliance with a module for the units the reader may see: every unit for command staff, otherwise the unit of
	 * the reader's own officer record and every unit below it. Serving officers only (a final status ends the duty to
	 * train). The read is audited.
	 */
	public Compliance compliance(UUID moduleId, Actor reader) {
		TrainingModule module = module(moduleId);
		List<Unit> units = roster.units();
		Set<UUID> visible = reader.has(Role.COMMAND) ? allIds(units) : below(ownUnit(reader.username()), units);
		audit.query(AuditAction.SEARCH, COMPONENT, "TrainingAcknowledgement",
				Sentence.ofText("audit.detail.search.criteria", "module=" + moduleId + " units=" + visible.size()));
		List<Officer> officers = roster.officersIn(visible).stream().filter(o -> !o.status().isFinal()).toList();
		Map<UUID, java.time.Instant> dates = modules.acknowledgements(moduleId,
				officers.stream().map(o -> o.id().value()).toList());
		List<Compliance.UnitCompliance> result = new ArrayList<>();
		for (Unit unit : units) {
			if (!visible.contains(unit.id())) {
				continue;
			}
			List<Compliance.OfficerAcknowledgement> rows = officers.stream().filter(o -> unit.id().equals(o.unitId()))
				.map(o -> new Compliance.OfficerAcknowledgement(o.id().value(), o.badgeNumber(), o.fullName(),
						dates.get(o.id().value())))
				.sorted(Comparator.comparing(Compliance.OfficerAcknowledgement::acknowledged))
				.toList();
			result.add(new Compliance.UnitCompliance(unit.id(), unit.code(), unit.name(), rows));
		}
		return new Compliance(module, result);
	}

	private UUID ownUnit(String reader) {
		return staff.officerOf(reader).flatMap(id -> roster.find(new OfficerId(id))).map(Officer::unitId).orElse(null);
	}

	private static Set<UUID> allIds(List<Unit> units) {
		Set<UUID> ids = new HashSet<>();
		units.forEach(u -> ids.add(u.id()));
		return ids;
	}

	/** The unit and every unit that reports to it, directly or through others. */
	static Set<UUID> below(UUID top, List<Unit> units) {
		Set<UUID> found = new HashSet<>();
		if (top == null) {
			return found;
		}
		Deque<UUID> next = new ArrayDeque<>(List.of(top));
		while (!next.isEmpty()) {
			UUID unit = next.pop();
			if (found.add(unit)) {
				units.stream().filter(u -> unit.equals(u.parentId())).forEach(u -> next.push(u.id()));
			}
		}
		return found;
	}
}
