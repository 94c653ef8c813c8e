package org.leoprotocol.personnel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's roster: finds officers by badge, name or id, enlists them, and changes their status with a reason and an
 * audit record. Badge numbers are looked up within this installation's agency.
 */
@Service
public class Roster {

	static final String COMPONENT = "personnel";
	static final int SEARCH_LIMIT = 200;

	private final Officers officers;
	private final Units units;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String agencyCode;

	Roster(Officers officers, Units units, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			@Value("${leo.agency.code}") String agencyCode) {
		this.officers = officers;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.agencyCode = agencyCode;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public Optional<Officer> find(OfficerId id) {
		return officers.findById(id);
	}

	public Officer get(OfficerId id) {
		return find(id).orElseThrow(() -> new UnknownRecord("personnel.refused.officer.unknown", id));
	}

	public Optional<Officer> findByBadge(String badgeNumber) {
		return badgeNumber == null ? Optional.empty() : officers.findByBadge(agencyCode, badgeNumber.strip());
	}

	public List<Officer> search(String text, OfficerStatus status) {
		return officers.search(text, status, SEARCH_LIMIT);
	}

	/** Every officer on the roster, whatever their status, by name. */
	public List<Officer> all() {
		return officers.search("", null, Integer.MAX_VALUE);
	}

	public List<StatusChange> history(OfficerId id) {
		return officers.history(id);
	}

	public List<Unit> units() {
		return units.findAll();
	}

	public Optional<Unit> unit(UUID id) {
		return id == null ? Optional.empty() : units.findById(id);
	}

	/** The officer's unit and every unit above it, nearest first: the chain of command. */
	public List<Unit> chainOfCommand(OfficerId id) {
		return get(id).unitId() == null ? List.of() : units.chainUpwards(get(id).unitId());
	}

	/**
	 * The unit and every unit below it: what a supervisor of that unit commands. Empty for no unit; who has no unit
	 * supervises the whole agency, and the caller decides what that means for its records.
	 */
	public Set<UUID> unitAndBelow(UUID unit) {
		return unit == null ? Set.of() : units.andBelow(unit);
	}

	/** Every officer assigned to one of the units, whatever their status; for views by chain of command. */
	public List<Officer> officersIn(java.util.Collection<UUID> unitIds) {
		return officers.inUnits(unitIds);
	}

	/** Refuses, with the officer's status as reason, unless the officer is on active duty. */
	public void requireAvailable(OfficerId id) {
		OfficerUnavailableRefused.unlessActive(get(id));
	}

	public long size() {
		return officers.count();
	}

	/**
	 * Changes an officer's status, records who did it and why in the history and the audit trail, and publishes
	 * {@link OfficerStatusChanged}.
	 */
	@Transactional
	public Officer changeStatus(OfficerId id, OfficerStatus to, String reason, String caseReference, Actor actor) {
		return changeStatus(id, to, reason, caseReference, actor.username(), clock.instant());
	}

	/** A status change that took effect at {@code at}, as a personnel action recorded after the fact. */
	@Transactional
	Officer changeStatus(OfficerId id, OfficerStatus to, String reason, String caseReference, String changedBy,
			Instant at) {
		Officer officer = officers.findByIdForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("personnel.refused.officer.unknown", id));
		StatusChange change = officer.changeStatus(to, reason, changedBy, caseReference, at);
		officers.recordStatusChange(id, change);
		audit.access(AuditAction.UPDATE, COMPONENT, RecordReference.of("Officer", id),
				Sentence.of("audit.detail.officer.status", change.from(), change.to()));
		events.publishEvent(
				new OfficerStatusChanged(id, change.from(), change.to(), change.changedAt(), change.caseReference()));
		return officer.withStatus(to);
	}

	/** Enlists an officer unless one with the badge exists; returns the officer's id either way. */
	@Transactional
	public OfficerId enlist(NewOfficer request) {
		return findByBadge(request.badgeNumber()).map(Officer::id).orElseGet(() -> insert(request));
	}

	/** Creates a unit unless one with the code exists; returns its id either way. */
	@Transactional
	public UUID establishUnit(String code, String name, String parentCode) {
		return units.findByCode(code).map(Unit::id).orElseGet(() -> {
			UUID parent = parentCode == null ? null : units.findByCode(parentCode)
				.orElseThrow(() -> new InvalidInput("personnel.refused.unit.unknown", parentCode)).id();
			Unit unit = new Unit(UUID.randomUUID(), code, name, parent);
			units.insert(unit);
			return unit.id();
		});
	}

	Optional<Unit> unitByCode(String code) {
		return units.findByCode(code);
	}

	private OfficerId insert(NewOfficer request) {
		UUID unitId = request.unitCode() == null ? null : units.findByCode(request.unitCode())
			.orElseThrow(() -> new InvalidInput("personnel.refused.unit.unknown", request.unitCode())).id();
		Officer officer = new Officer(OfficerId.random(), agencyCode, request.badgeNumber().strip(),
				request.firstName().strip(),
				request.lastName().strip(), request.rank().strip(), unitId, request.hireDate(),
				request.status() == null ? OfficerStatus.ACTIVE : request.status());
		officers.insert(officer, clock.instant());
		audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("Officer", officer.id()),
				Sentence.of("audit.detail.officer.badge", officer.badgeNumber()));
		return officer.id();
	}

	void updateProfile(Officer officer) {
		officers.updateProfile(officer);
		audit.access(AuditAction.UPDATE, COMPONENT, RecordReference.of("Officer", officer.id()),
				Sentence.of("audit.detail.officer.profile"));
	}
}
