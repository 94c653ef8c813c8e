package org.leoprotocol.investigations;

import java.time.Clock;
import java.time.ZoneOffset;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personnel actions ordered from a case against one of its accused officers. Each order is kept in the case; the
 * resulting status change goes through the roster with the case number as its reference, so the officer's record
 * says which case ordered it. An order that leaves the status as it is (a surrender while already on leave) is
 * kept in the case only.
 */
@Service
public class CaseDiscipline {

	private final Investigations investigations;
	private final Roster roster;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	CaseDiscipline(Investigations investigations, Roster roster, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.investigations = investigations;
		this.roster = roster;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Officer order(InvestigationId id, OfficerId officerId, PersonnelAction action, String reason, String orderedBy) {
		Investigation investigation = investigations.find(id);
		if (action == null || officerId == null) {
			throw new IllegalArgumentException("Name the officer and the action: " + java.util.Arrays.toString(PersonnelAction.values()));
		}
		if (!investigation.accused().contains(officerId)) {
			throw new IllegalArgumentException("Case " + investigation.caseNumber() + " has no allegation against officer " + officerId);
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new IllegalArgumentException("A personnel action needs a reason of at most 1000 characters");
		}
		jdbc.sql("""
				insert into case_personnel_action (investigation_id, officer_id, action, reason, ordered_by, ordered_at)
				values (:case, :officer, :action, :reason, :by, :at)
				""")
			.param("case", id.value()).param("officer", officerId.value()).param("action", action.name())
			.param("reason", reason.strip()).param("by", orderedBy).param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, Investigations.reference(investigation), action + " for officer " + officerId);
		Officer officer = roster.get(officerId);
		OfficerStatus to = action.status();
		if (officer.status() == to) {
			return officer;
		}
		return roster.changeStatus(officerId, to, action.phrase() + ": " + reason.strip(), investigation.caseNumber(), orderedBy);
	}
}
