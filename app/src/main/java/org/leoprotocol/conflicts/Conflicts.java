package org.leoprotocol.conflicts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.rule.ConflictRule;
import org.leoprotocol.conflicts.rule.Decider;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.Unit;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conflict-of-interest policy: may this person act on this record, and if not, why. Every module that takes a
 * decision on a record asks it first; a conflicted decider is recused (recorded, audited) and the decision passes to
 * the alternate the agency designates. Staff of every rank declare their relations here; a relation declared after its
 * declarer took decisions on a record flags those decisions for review on the case.
 */
@Service
public class Conflicts {

	static final String COMPONENT = "conflicts";

	private final DeclaredRelations relations;
	private final Recusals recusals;
	private final Alternates alternates;
	private final ObjectProvider<RecordParties> sources;
	private final StaffDirectory staff;
	private final Roster roster;
	private final AuditTrail audit;
	private final Clock clock;
	private final List<ConflictRule> rules;

	Conflicts(DeclaredRelations relations, Recusals recusals, Alternates alternates,
			ObjectProvider<RecordParties> sources,
			StaffDirectory staff, Roster roster, AuditTrail audit, Clock clock) {
		this.relations = relations;
		this.recusals = recusals;
		this.alternates = alternates;
		this.sources = sources;
		this.staff = staff;
		this.roster = roster;
		this.audit = audit;
		this.clock = clock;
		this.rules = ConflictRule
			.all(officer -> roster.chainOfCommand(new OfficerId(officer)).stream().map(Unit::id).toList());
	}

	/** Every reason the person may not do this with the record; empty when they may. */
	public List<Conflict> check(Actor actor, Act act, RecordRef record) {
		return conflicts(actor.username(), act, record);
	}

	private List<Conflict> conflicts(String username, Act act, RecordRef record) {
		Parties parties = partiesOf(record);
		Decider who = decider(username);
		return rules.stream().flatMap(rule -> rule.conflict(who, act, parties).stream()).toList();
	}

	/**
	 * Lets a decision through, or recuses its conflicted decider: the recusal is recorded on the case with the
	 * alternate the decision passes to, the refusal is audited, and {@link ConflictRefused} says who decides instead,
	 * or, when no eligible alternate is designated for the role, which setting command must set.
	 */
	public void requireToDecide(Actor actor, Role deciding, RecordRef record) {
		String username = actor.username();
		List<Conflict> conflicts = conflicts(username, Act.DECIDE, record);
		if (conflicts.isEmpty()) {
			return;
		}
		Conflict reason = conflicts.get(0);
		String caseNumber = Optional.ofNullable(partiesOf(record).caseNumber()).orElse(record.id());
		Optional<String> alternate = alternates.designated(deciding)
			.filter(designation -> alternates.candidates(designation).stream()
				.anyMatch(candidate -> !candidate.equals(username)
						&& conflicts(candidate, Act.DECIDE, record).isEmpty()));
		recusals.recuse(new Recusal(caseNumber, username, deciding.name(), reason, alternate.orElse(null),
				clock.instant()));
		audit.refusal(AuditAction.UPDATE, COMPONENT, reference(record),
				alternate.map(a -> Sentence.ofText("audit.detail.refused.recused", caseNumber, reason, a))
					.orElseGet(() -> Sentence.ofText("audit.detail.refused.recused.alone", caseNumber, reason)));
		throw alternate.map(a -> ConflictRefused.recused(caseNumber, reason, a))
			.orElseGet(() -> ConflictRefused.noAlternate(caseNumber, reason, Alternates.setting(deciding)));
	}

	/**
	 * Refuses an act to a person with a stake in the record, where nobody is designated to take it over because the
	 * colleagues already working the record take it (an incident's broadcasts, releases, amendment approvals): the
	 * refusal is audited and {@link StakeRefused} answers 403 with the reason.
	 */
	public void requireNoStake(Actor actor, RecordRef record, String attempted) {
		List<Conflict> conflicts = check(actor, Act.DECIDE, record);
		if (conflicts.isEmpty()) {
			return;
		}
		audit.refusal(AuditAction.ACCESS_DENIED, COMPONENT, reference(record),
				AuditTrail.refusedBecause(attempted + " / " + actor.username(), conflicts.get(0).key(),
						conflicts.get(0).arguments().toArray()));
		throw new StakeRefused(attempted, conflicts.get(0));
	}

	/**
	 * Lets through an act that cannot wait (a child's safety comes before the conflict) and, when its actor has a stake
	 * in the record, flags it for review beside the record, as a late declaration flags earlier decisions. The act is
	 * named by a sentence of its own ({@code conflicts.act.…}), kept with the time it was taken ({@link NotedAct}).
	 *
	 * @return whether the act was flagged
	 */
	public boolean noteForReview(Actor actor, RecordRef record, Sentence what) {
		String username = actor.username();
		List<Conflict> conflicts = conflicts(username, Act.DECIDE, record);
		if (conflicts.isEmpty()) {
			return false;
		}
		Instant now = clock.instant();
		String caseNumber = Optional.ofNullable(partiesOf(record).caseNumber()).orElse(record.id());
		boolean flagged = recusals.flag(record,
				new FlaggedAction(caseNumber, username, NotedAct.stored(what, now), conflicts.get(0), now, now));
		if (flagged) {
			audit.access(AuditAction.UPDATE, COMPONENT, reference(record),
					Sentence.of("audit.detail.conflict.flagged", what, username, conflicts.get(0)));
		}
		return flagged;
	}

	/** Declares the staff member's relation to an officer, named by badge number. */
	@Transactional
	public DeclaredRelation declareToOfficer(Actor declarer, String badgeNumber, String relation) {
		if (badgeNumber == null || badgeNumber.isBlank()) {
			throw new InvalidInput("conflicts.refused.officer.named");
		}
		Officer officer = roster.findByBadge(badgeNumber.strip())
			.orElseThrow(() -> new InvalidInput("conflicts.refused.badge", badgeNumber.strip()));
		return declare(declarer.username(), officer.id().value(), null, relation);
	}

	/** Declares the staff member's relation to a member of the public, e.g. "father" of a lost child. */
	@Transactional
	public DeclaredRelation declareToPerson(Actor declarer, String personName, String relation) {
		if (personName == null || personName.isBlank() || personName.length() > 200) {
			throw new InvalidInput("conflicts.refused.person");
		}
		return declare(declarer.username(), null, personName.strip(), relation);
	}

	/** Declares a relation to an officer by roster id (investigators' declarations come through here). */
	@Transactional
	public DeclaredRelation declare(String username, UUID officerId, String personName, String relation) {
		if (username == null || username.isBlank()) {
			throw new InvalidInput("conflicts.refused.declarer");
		}
		if (relation == null || relation.isBlank() || relation.length() > 200) {
			throw new InvalidInput("conflicts.refused.relation");
		}
		Instant now = clock.instant();
		DeclaredRelation declared = relations.insert(username, officerId, personName, relation.strip(), now);
		audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("DeclaredRelation", declared.id()),
				Sentence.of("audit.detail.conflict.declared", username));
		flagEarlierDecisions(username, now);
		return declared;
	}

	/** The relations a staff member declared; reading them is audited, for they are personal data. */
	@Transactional
	public List<DeclaredRelation> relationsOf(Actor declarer) {
		audit.query(AuditAction.SEARCH, COMPONENT, "DeclaredRelation",
				Sentence.ofText("audit.detail.search.relations-of", declarer.username()));
		return relations.of(declarer.username());
	}

	public List<Recusal> recusalsOn(String caseNumber) {
		return recusals.of(caseNumber);
	}

	public List<FlaggedAction> flaggedOn(String caseNumber) {
		return recusals.flagged(caseNumber);
	}

	/** The setting that designates the alternate for a deciding role, as a page names it. */
	public static String alternateSetting(Role deciding) {
		return Alternates.setting(deciding);
	}

	private void flagEarlierDecisions(String username, Instant now) {
		sources.orderedStream().flatMap(source -> source.actionsBy(username).stream()).forEach(action -> {
			List<Conflict> conflicts = conflicts(username, Act.DECIDE, action.record());
			if (conflicts.isEmpty()) {
				return;
			}
			String caseNumber = Optional.ofNullable(partiesOf(action.record()).caseNumber())
				.orElse(action.record().id());
			if (recusals.flag(action.record(), new FlaggedAction(caseNumber, username,
					NotedAct.stored(action.what(), action.at()), conflicts.get(0), action.at(), now))) {
				audit.access(AuditAction.UPDATE, COMPONENT, reference(action.record()), Sentence
					.of("audit.detail.conflict.flagged", action.what().stored(), username, conflicts.get(0)));
			}
		});
	}

	private Parties partiesOf(RecordRef record) {
		return sources.orderedStream().map(source -> source.partiesOf(record)).flatMap(Optional::stream)
			.reduce(Parties.NONE, Parties::and);
	}

	private Decider decider(String username) {
		Optional<Officer> officer = staff.officerOf(username).flatMap(id -> roster.find(new OfficerId(id)));
		return new Decider(username, officer.map(o -> o.id().value()).orElse(null),
				officer.map(Officer::fullName).orElse(null),
				officer.map(Officer::unitId).orElse(null), relations.of(username));
	}

	private static RecordReference reference(RecordRef record) {
		return RecordReference.of(record.kind().name(), record.id());
	}
}
