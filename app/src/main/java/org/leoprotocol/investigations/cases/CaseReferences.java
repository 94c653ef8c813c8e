package org.leoprotocol.investigations.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.evidence.EvidenceCustody;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationTexts;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.web.CaseView;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * References between a case and other records are links chosen from the records, not free text: an earlier case (by
 * number), an evidence item, an incident, or a protocol finding against an officer the case investigates. A reference
 * is accepted only when the record exists and the staff member may see it, each under its owner's rule: a case they are
 * not accused or conflicted in, evidence the evidence policy opens to them (internal-affairs evidence only to its case
 * team), a finding against the case's officers. Incidents are open to every reader of case pages (investigators and
 * command read every incident, identities masked for a subject). The case page offers exactly these as choices.
 */
@Component
class CaseReferences {

	static final String CASE_LINK = "/staff/investigations/";
	static final String EVIDENCE_LINK = "/staff/evidence/";
	static final String INCIDENT_LINK = "/staff/incidents/";

	private final AgencyTime time;
	private final Investigations investigations;
	private final InvestigationRecords records;
	private final CaseSearch cases;
	private final EvidenceCustody evidence;
	private final IncidentDesk incidents;
	private final AuditTrail audit;
	private final InvestigationTexts texts;

	CaseReferences(Investigations investigations, InvestigationRecords records, CaseSearch cases,
			EvidenceCustody evidence,
			IncidentDesk incidents, AuditTrail audit, AgencyTime time, InvestigationTexts texts) {
		this.texts = texts;
		this.time = time;
		this.investigations = investigations;
		this.records = records;
		this.cases = cases;
		this.evidence = evidence;
		this.incidents = incidents;
		this.audit = audit;
	}

	/**
	 * The reference in the form it is stored (a case number, or the record's id), after checking that it names a record
	 * of that kind which exists and which the staff member may see; a statement needs none and keeps what it had.
	 */
	String checked(InvestigationId caseId, CaseEntry.Kind kind, String reference, Actor actor) {
		if (kind == null || kind == CaseEntry.Kind.STATEMENT) {
			return reference;
		}
		if (reference == null || reference.isBlank()) {
			throw ReferenceRefused.missing(kind);
		}
		String chosen = reference.strip();
		return switch (kind) {
			case PRIOR_CASE -> priorCase(caseId, chosen, actor);
			case EVIDENCE -> evidenceItem(chosen, actor);
			case INCIDENT -> incident(chosen);
			case PROTOCOL_FINDING -> finding(caseId, chosen);
			case STATEMENT -> chosen;
		};
	}

	private String priorCase(InvestigationId caseId, String chosen, Actor actor) {
		Investigation referred = records.findByCaseNumber(chosen.toUpperCase(java.util.Locale.ROOT))
			.or(() -> uuid(chosen).flatMap(id -> records.find(new InvestigationId(id))))
			.orElseThrow(() -> ReferenceRefused.unknown(CaseEntry.Kind.PRIOR_CASE, chosen));
		if (referred.id().equals(caseId)) {
			throw ReferenceRefused.itself(referred.caseNumber());
		}
		try {
			investigations.checkAccess(referred.id(), actor);
		}
		catch (NotPermitted refused) {
			throw ReferenceRefused.closed(CaseEntry.Kind.PRIOR_CASE, chosen);
		}
		return referred.caseNumber();
	}

	private String evidenceItem(String chosen, Actor actor) {
		EvidenceId id = uuid(chosen).map(EvidenceId::new)
			.orElseThrow(() -> ReferenceRefused.unknown(CaseEntry.Kind.EVIDENCE, chosen));
		try {
			return evidence.permitted(id, actor, "referred to from a case file").id().toString();
		}
		catch (NoSuchElementException | UnknownRecord unknown) {
			throw ReferenceRefused.unknown(CaseEntry.Kind.EVIDENCE, chosen);
		}
		catch (DataAccessException failure) {
			throw failure;
		}
		catch (RuntimeException closed) {
			throw ReferenceRefused.closed(CaseEntry.Kind.EVIDENCE, chosen);
		}
	}

	/** The reader as the evidence facade's actor. */

	private String incident(String chosen) {
		IncidentId id = uuid(chosen).map(IncidentId::new)
			.orElseThrow(() -> ReferenceRefused.unknown(CaseEntry.Kind.INCIDENT, chosen));
		if (!incidents.exists(id)) {
			throw ReferenceRefused.unknown(CaseEntry.Kind.INCIDENT, chosen);
		}
		return id.toString();
	}

	private String finding(InvestigationId caseId, String chosen) {
		return findingsOf(investigations.find(caseId)).stream().filter(f -> f.id().toString().equalsIgnoreCase(chosen))
			.findFirst()
			.map(f -> f.id().toString())
			.orElseThrow(() -> ReferenceRefused.unknown(CaseEntry.Kind.PROTOCOL_FINDING, chosen));
	}

	/** The records the staff member may choose from on the case page, by kind; none carries a person's identity. */
	List<CaseView.ReferenceChoice> choices(Investigation c, Actor actor) {
		audit.query(AuditAction.SEARCH, Investigations.COMPONENT, "Investigation",
				Sentence.ofText("audit.detail.search.references", c.caseNumber()));
		List<CaseView.ReferenceChoice> choices = new ArrayList<>();
		cases.visible(actor).stream().filter(other -> !other.id().equals(c.id()))
			.forEach(other -> choices.add(choice(CaseEntry.Kind.PRIOR_CASE, other.caseNumber(),
					texts.text("investigations.pages.choice.case", other.caseNumber(),
							texts.name("status", other.status()).toLowerCase(java.util.Locale.ROOT),
							time.date(other.openedAt())))));
		evidence.list(actor).forEach(item -> choices.add(choice(CaseEntry.Kind.EVIDENCE, item.id().toString(),
				texts.text("investigations.pages.choice.evidence",
						texts.text("evidence.pages.kind." + item.kind().name()),
						item.fileName(), time.stamp(item.ingestedAt())))));
		incidents.recentIncidents()
			.forEach(incident -> choices.add(choice(CaseEntry.Kind.INCIDENT, incident.id().toString(),
					texts.text("investigations.pages.choice.incident",
							texts.text("protocol-acts.kind." + incident.kind().name()), incident.location(),
							time.stamp(incident.reportedAt())))));
		findingsOf(c).forEach(finding -> choices.add(choice(CaseEntry.Kind.PROTOCOL_FINDING, finding.id().toString(),
				texts.text("investigations.pages.choice.finding",
						texts.text("protocol-acts.findingkind." + finding.kind().name()), finding.said()))));
		return choices;
	}

	/** Where a stored reference leads on the staff pages; none for a statement or a reference that names no record. */
	Optional<String> link(Investigation c, CaseEntry entry) {
		if (entry.reference() == null) {
			return Optional.empty();
		}
		return switch (entry.kind()) {
			case PRIOR_CASE -> records.findByCaseNumber(entry.reference()).map(other -> CASE_LINK + other.id());
			case EVIDENCE -> uuid(entry.reference()).map(id -> EVIDENCE_LINK + id);
			case INCIDENT -> uuid(entry.reference()).map(id -> INCIDENT_LINK + id);
			case PROTOCOL_FINDING ->
				findingsOf(c).stream().filter(f -> f.id().toString().equals(entry.reference())).findFirst()
					.map(f -> INCIDENT_LINK + f.incidentId());
			case STATEMENT -> Optional.empty();
		};
	}

	private List<ProtocolFinding> findingsOf(Investigation c) {
		return c.accused().stream().distinct().flatMap(officer -> incidents.findingsAgainst(officer).stream()).toList();
	}

	private static CaseView.ReferenceChoice choice(CaseEntry.Kind kind, String reference, String label) {
		return new CaseView.ReferenceChoice(kind.name() + ":" + reference, kind.name(), label);
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
