package org.leoprotocol.investigations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.investigations.conflict.AccusedOfficerRule;
import org.leoprotocol.investigations.conflict.ChainOfCommandRule;
import org.leoprotocol.investigations.conflict.ConflictRule;
import org.leoprotocol.investigations.conflict.DeclaredRelationRule;
import org.leoprotocol.investigations.investigators.InvestigatorRecords;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.Unit;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigators internal affairs may assign, their declared relations to officers, and the conflict-of- interest
 * rules that decide whether one of them may handle a case against given officers.
 */
@Service
public class Investigators {

	private final InvestigatorRecords records;
	private final Roster roster;
	private final AuditTrail audit;
	private final Clock clock;
	private final List<ConflictRule> rules;
	private final Conflicts conflicts;

	Investigators(InvestigatorRecords records, Roster roster, AuditTrail audit, Clock clock, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.records = records;
		this.roster = roster;
		this.audit = audit;
		this.clock = clock;
		this.rules = List.of(new AccusedOfficerRule(),
				new ChainOfCommandRule(officer -> roster.find(officer).map(Officer::unitId),
						officer -> roster.chainOfCommand(officer).stream().map(Unit::id).toList()),
				new DeclaredRelationRule());
	}

	/** Registers or updates an investigator; a sworn one is named by badge number. */
	@Transactional
	public Investigator register(String username, String displayName, String badgeNumber) {
		if (username == null || username.isBlank() || displayName == null || displayName.isBlank()) {
			throw new InvalidInput("investigations.refused.investigator.name");
		}
		OfficerId officer = badgeNumber == null || badgeNumber.isBlank() ? null : officerByBadge(badgeNumber);
		records.save(username.strip(), displayName.strip(), officer);
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("Investigator", username.strip()),
				Sentence.of("audit.detail.investigator.registered"));
		return get(username.strip());
	}

	/** Refuses a sworn investigator who is not on active duty: a case is duty. */
	public void requireAvailable(Investigator candidate) {
		if (candidate.officerId() != null) {
			roster.requireAvailable(candidate.officerId());
		}
	}

	/** Records a personal relation the investigator declares to an officer; it bars them from that officer's cases. */
	@Transactional
	public Investigator declare(String username, String badgeNumber, String relation) {
		get(username);
		if (relation == null || relation.isBlank() || relation.length() > 200) {
			throw new InvalidInput("investigations.refused.relation");
		}
		OfficerId officer = officerByBadge(badgeNumber);
		records.declare(username, officer, relation.strip(), clock.instant());
		conflicts.declare(username, officer.value(), null, relation);
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("Investigator", username),
				Sentence.of("audit.detail.investigator.relation-declared"));
		return get(username);
	}

	public Investigator get(String username) {
		return find(username)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.investigator.unknown", username));
	}

	public Optional<Investigator> find(String username) {
		return username == null ? Optional.empty() : records.find(username);
	}

	public List<Investigator> all() {
		return records.all();
	}

	/** Every reason the investigator may not handle a case against these officers; empty when free of conflict. */
	public List<String> conflicts(Investigator candidate, List<OfficerId> accused) {
		return rules.stream().flatMap(rule -> rule.conflict(candidate, accused).stream()).toList();
	}

	public OfficerId officerByBadge(String badgeNumber) {
		return roster.findByBadge(badgeNumber).map(Officer::id)
			.orElseThrow(() -> new InvalidInput("investigations.refused.badge", badgeNumber));
	}
}
