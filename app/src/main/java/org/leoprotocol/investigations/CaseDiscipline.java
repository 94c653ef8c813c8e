package org.leoprotocol.investigations;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.separation.PersonnelProposal;
import org.leoprotocol.investigations.separation.PersonnelProposals;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.StatusReason;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personnel actions ordered from a case against one of its accused officers: proposed by one person, they take effect
 * only when another approves them (separation of duties). Each approved order is kept in the case; the resulting status
 * change goes through the roster with the case number as its reference, so the officer's record says which case ordered
 * it. The reason it is given is Leo's sentence naming the order, who proposed and who approved it, said in each
 * reader's language on the officer's record, followed by the proposer's reason word for word ({@link StatusReason}). An
 * order that leaves the status as it is (a surrender while already on leave) is kept in the case only.
 */
@Service
public class CaseDiscipline {

	private final Investigations investigations;
	private final Roster roster;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final PersonnelProposals proposals;
	private final Clock clock;
	private final Conflicts conflicts;

	CaseDiscipline(Investigations investigations, Roster roster, JdbcClient jdbc, PersonnelProposals proposals,
			AuditTrail audit, Clock clock,
			Conflicts conflicts) {
		this.conflicts = conflicts;
		this.proposals = proposals;
		this.investigations = investigations;
		this.roster = roster;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Proposes a personnel action against one of the case's accused officers; it takes effect only on approval. */
	@Transactional
	@Audited(value = AuditAction.CREATE, record = Investigations.RECORD,
			detail = "audit.detail.investigation.action-proposed")
	public PersonnelProposal propose(InvestigationId id, OfficerId officerId, PersonnelAction action, String reason,
			Actor proposer) {
		String proposedBy = proposer.username();
		Investigation investigation = investigations.find(id);
		if (action == null || officerId == null) {
			throw new InvalidInput("investigations.refused.action.named",
					java.util.Arrays.toString(PersonnelAction.values()));
		}
		if (!investigation.accused().contains(officerId)) {
			throw new InvalidInput("investigations.refused.action.officer", investigation.caseNumber(), officerId);
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new InvalidInput("investigations.refused.action.reason");
		}
		UUID proposalId = UUID.randomUUID();
		conflicts.requireToDecide(proposer, Role.COMMAND,
				RecordRef.inCase(RecordKind.PERSONNEL_ACTION, proposalId, id.value()));
		PersonnelProposal proposal = new PersonnelProposal(proposalId, id.value(), officerId.value(), action.name(),
				reason.strip(),
				proposedBy, clock.instant(), null, null);
		proposals.insert(proposal);
		return proposal;
	}

	/**
	 * Approves a proposed action, refused to its proposer and when approved already; only then is it kept in the case
	 * and does the officer's status change.
	 */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = Investigations.RECORD,
			detail = "audit.detail.investigation.action-approved")
	public Officer approve(InvestigationId id, UUID proposalId, Actor approver) {
		String approvedBy = approver.username();
		Investigation investigation = investigations.find(id);
		PersonnelProposal proposal = proposals.findForUpdate(id.value(), proposalId)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.action.unknown", investigation.caseNumber(),
					proposalId));
		if (!proposal.isPending()) {
			throw SeparationRefused.alreadyApproved(proposal.approvedBy());
		}
		if (proposal.proposedBy().equals(approvedBy)) {
			audit.refusal(AuditAction.UPDATE, Investigations.COMPONENT, Investigations.reference(investigation),
					Sentence.ofText("audit.detail.refused.own-proposal", proposalId, approvedBy));
			throw SeparationRefused.ownProposal(approvedBy);
		}
		conflicts.requireToDecide(approver, Role.COMMAND,
				RecordRef.inCase(RecordKind.PERSONNEL_ACTION, proposalId, id.value()));
		proposals.approve(proposalId, approvedBy, clock.instant());
		PersonnelAction action = PersonnelAction.valueOf(proposal.action());
		return take(investigation, new OfficerId(proposal.officerId()), action,
				StatusReason.said("ordered." + action.name(), proposal.reason(), proposal.proposedBy(), approvedBy),
				approver);
	}

	@AuditExempt("the proposals are shown with the case, whose read is audited")
	public List<PersonnelProposal> proposals(InvestigationId id) {
		return proposals.of(id.value());
	}

	private Officer take(Investigation investigation, OfficerId officerId, PersonnelAction action, String reason,
			Actor orderedBy) {
		jdbc.sql("""
				insert into case_personnel_action (investigation_id, officer_id, action, reason, ordered_by, ordered_at)
				values (:case, :officer, :action, :reason, :by, :at)
				""")
			.param("case", investigation.id().value()).param("officer", officerId.value())
			.param("action", action.name())
			.param("reason", reason).param("by", orderedBy.username())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		Officer officer = roster.get(officerId);
		OfficerStatus to = action.status();
		if (officer.status() == to) {
			return officer;
		}
		return roster.changeStatus(officerId, to, reason, investigation.caseNumber(),
				orderedBy);
	}
}
