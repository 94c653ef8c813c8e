package org.leoprotocol.evidence.access;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.evidence.CaseTeams;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceLink;
import org.leoprotocol.evidence.LinkKind;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.stereotype.Component;

/** Applies every {@link AccessPolicy} to a request for an item; a refusal is audited, then thrown. */
@Component
public class EvidenceAccess {

	private final EvidenceItems items;
	private final NeedToKnowRecords cases;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Conflicts conflicts;
	private final Roster roster;
	private final List<CaseTeams> investigations;

	EvidenceAccess(EvidenceItems items, NeedToKnowRecords cases, StaffDirectory staff, AuditTrail audit,
			Conflicts conflicts,
			Roster roster,
			List<CaseTeams> investigations) {
		this.conflicts = conflicts;
		this.items = items;
		this.cases = cases;
		this.staff = staff;
		this.audit = audit;
		this.roster = roster;
		this.investigations = investigations;
	}

	/**
	 * The actor with their officer on the roster: an actor named from stored data or a test carries no officer, so the
	 * staff account's is looked up.
	 */
	private Actor sworn(Actor actor) {
		if (actor.officer() != null) {
			return actor;
		}
		return staff.officerOf(actor.username())
			.map(officer -> new Actor(actor.username(), actor.roles(), officer, actor.onDutyUnit(), actor.program()))
			.orElse(actor);
	}

	/** The reason the actor may not see the item, if any. */
	public Optional<AccessRefused> refusal(Actor actor, EvidenceItem item) {
		Actor who = sworn(actor);
		List<EvidenceLink> links = items.links(item.id());
		List<String> caseReferences = links.stream().filter(l -> l.kind() == LinkKind.CASE)
			.map(EvidenceLink::reference).toList();
		Set<String> onTeam = new HashSet<>();
		Set<String> supervised = new HashSet<>();
		for (String reference : caseReferences) {
			Set<String> team = team(reference);
			if (team.contains(who.username())) {
				onTeam.add(reference);
			}
			else if (supervises(who, team)) {
				supervised.add(reference);
			}
		}
		AccessFacts facts = new AccessFacts(links, cases.excluding(who.username(), caseReferences), onTeam, supervised,
				conflictsOf(who, item, caseReferences));
		return AccessPolicy.ALL.stream().map(policy -> policy.refusal(who, item, facts)).flatMap(Optional::stream)
			.findFirst();
	}

	/** The case's team: the investigators assigned to it and the staff put on it. */
	private Set<String> team(String caseReference) {
		Set<String> team = new HashSet<>(cases.team(caseReference));
		investigations.forEach(source -> team.addAll(source.investigatorsOf(caseReference)));
		return team;
	}

	/**
	 * Whether the requester is a sworn supervisor or investigator whose unit is the unit of a team member or one of the
	 * units above it: the team member's chain of command.
	 */
	private boolean supervises(Actor who, Set<String> team) {
		if (who.officer() == null || !who.hasAny(Role.SUPERVISOR, Role.INVESTIGATOR)) {
			return false;
		}
		Optional<UUID> unit = roster.find(new OfficerId(who.officer())).map(Officer::unitId);
		if (unit.isEmpty()) {
			return false;
		}
		return team.stream().map(staff::officerOf).flatMap(Optional::stream).map(OfficerId::new)
			.filter(member -> !member.value().equals(who.officer()))
			.anyMatch(member -> roster.chainOfCommand(member).stream().anyMatch(u -> u.id().equals(unit.get())));
	}

	/** The conflict policy's first reason per linked case, asked for the item as part of its case. */
	private Map<String, String> conflictsOf(Actor who, EvidenceItem item, List<String> caseReferences) {
		Map<String, String> found = new LinkedHashMap<>();
		for (String reference : caseReferences) {
			conflicts
				.check(who, Act.VIEW, RecordRef.inCase(RecordKind.EVIDENCE, item.id().value(), reference))
				.stream()
				.findFirst().map(Conflict::toString).ifPresent(reason -> found.put(reference, reason));
		}
		return found;
	}

	/** Lets the request through or records the refusal and throws {@link AccessRefused}. */
	public void require(Actor actor, EvidenceItem item, String attempted) {
		Optional<AccessRefused> refusal = refusal(actor, item);
		if (refusal.isPresent()) {
			audit.refusal(AuditAction.ACCESS_DENIED, EvidenceIntake.COMPONENT,
					RecordReference.of("EvidenceItem", item.id()),
					AuditTrail.refusedBecause(attempted, refusal.get().messageKey(),
							refusal.get().messageArguments()));
			throw refusal.get();
		}
	}
}
