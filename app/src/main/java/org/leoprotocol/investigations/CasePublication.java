package org.leoprotocol.investigations;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.board.HearingRecords;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.investigations.parties.CasePeople;
import org.leoprotocol.investigations.publication.PublicText;
import org.leoprotocol.investigations.publication.PublicTextKind;
import org.leoprotocol.investigations.publication.PublicTextRefused;
import org.leoprotocol.investigations.publication.PublicTexts;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.redaction.PersonInRecord;
import org.leoprotocol.shared.redaction.Redacted;
import org.leoprotocol.shared.redaction.RedactionGate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a case's free text reaches the public: the review board's minutes and the case's public summary pass the
 * redaction gate with everyone the case file names, and are published only when a second person, not their author, has
 * read the redacted text and what was removed and approved it (the four-eyes principle). Until then the public sees
 * nothing of them.
 */
@Service
public class CasePublication {

	private static final int PENDING_SHOWN = 200;

	private final PublicTexts texts;
	private final HearingRecords hearings;
	private final Investigations investigations;
	private final InvestigationRecords records;
	private final CasePeople people;
	private final AuditTrail audit;
	private final Clock clock;
	private final Conflicts conflicts;

	CasePublication(PublicTexts texts, HearingRecords hearings, Investigations investigations,
			InvestigationRecords records,
			CasePeople people, AuditTrail audit, Clock clock, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.records = records;
		this.texts = texts;
		this.hearings = hearings;
		this.investigations = investigations;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Puts a decided hearing's minutes, redacted, before a second person; written by whoever recorded the hearing. */
	@Transactional
	void submitMinutes(Investigation investigation, Hearing hearing, String author) {
		if (texts.of(PublicTextKind.MINUTES, hearing.id()).isPresent()) {
			return;
		}
		write(PublicTextKind.MINUTES, hearing.id(), investigation, hearing.minutes(), people.of(investigation, hearing),
				author);
		audit.access(AuditAction.CREATE, Investigations.COMPONENT, Investigations.reference(investigation),
				Sentence.of("audit.detail.public-text.written." + PublicTextKind.MINUTES));
	}

	/** Writes (or rewrites) the case's public summary; it waits for a second person's approval. */
	@Transactional
	@Audited(value = AuditAction.CREATE, record = Investigations.RECORD,
			detail = "audit.detail.public-text.written.CASE_SUMMARY")
	public PublicText writeSummary(InvestigationId id, String text, Actor author) {
		return summary(investigations.find(id), text, author);
	}

	/** Writes the public summary of the case with this number. */
	@Transactional
	public PublicText writeSummary(String caseNumber, String text, Actor author) {
		Investigation investigation = records
			.findByCaseNumber(caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidInput("investigations.refused.caseNumber", caseNumber));
		PublicText written = summary(investigation, text, author);
		audit.access(AuditAction.CREATE, Investigations.COMPONENT, Investigations.reference(investigation),
				Sentence.of("audit.detail.public-text.written." + PublicTextKind.CASE_SUMMARY));
		return written;
	}

	private PublicText summary(Investigation investigation, String text, Actor author) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("investigations.refused.summary.blank");
		}
		if (text.strip().length() > 4000) {
			throw new InvalidInput("investigations.refused.summary.long");
		}
		return write(PublicTextKind.CASE_SUMMARY, investigation.id().value(), investigation, text.strip(),
				people.of(investigation), author.username());
	}

	/** Texts waiting for approval, oldest first, each with what the gate removed. */
	@Transactional
	public List<PublicText> pending() {
		audit.query(AuditAction.SEARCH, Investigations.COMPONENT, "PublicText",
				Sentence.ofText("audit.detail.search.pending-approval"));
		return texts.pending(PENDING_SHOWN).stream().map(this::withRemovals).toList();
	}

	/** One text as its approver reads it: written, redacted, and what was removed. */
	@Transactional
	public PublicText review(UUID id) {
		PublicText text = texts.find(id)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.text.unknown", id));
		audit.access(AuditAction.READ, Investigations.COMPONENT, RecordReference.of("PublicText", id),
				Sentence.of("audit.detail.public-text.for-review." + text.kind()));
		return withRemovals(text);
	}

	/**
	 * Approves the redacted text for publication; refused to its author, to anyone with a stake in the case (recused to
	 * the designated alternate), and once approved.
	 */
	@Transactional
	public PublicText approve(UUID id, Actor actor) {
		String approver = actor.username();
		PublicText text = texts.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.text.unknown", id));
		conflicts.requireToDecide(actor, Role.COMMAND, RecordRef.of(RecordKind.CASE, text.investigationId()));
		PublicText approved;
		try {
			approved = text.approve(approver, clock.instant());
		}
		catch (PublicTextRefused refused) {
			audit.refusal(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("PublicText", id),
					AuditTrail.refusedBecause("approve", refused.messageKey(), refused.messageArguments()));
			throw refused;
		}
		texts.approve(approved);
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("PublicText", id),
				Sentence.of("audit.detail.public-text.approved." + text.kind(), text.caseNumber()));
		return withRemovals(approved);
	}

	/** Approves the minutes of a decided hearing, as {@link #approve} does. */
	@Transactional
	public void approveMinutes(UUID hearingId, Actor approver) {
		PublicText minutes = texts.of(PublicTextKind.MINUTES, hearingId)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.minutes.unknown", hearingId));
		approve(minutes.id(), approver);
	}

	/** The approved, redacted minutes of a hearing; empty until approved. */
	public Optional<String> approvedMinutes(UUID hearingId) {
		return texts.of(PublicTextKind.MINUTES, hearingId).filter(PublicText::approved).map(PublicText::redactedText);
	}

	/** The approved, redacted public summary of a case; empty until approved. */
	@AuditExempt("the approved summary is public: it reads nothing the public page does not show")
	public Optional<String> approvedSummary(InvestigationId id) {
		return texts.of(PublicTextKind.CASE_SUMMARY, id.value()).filter(PublicText::approved)
			.map(PublicText::redactedText);
	}

	private PublicText write(PublicTextKind kind, UUID subject, Investigation investigation, String text,
			List<PersonInRecord> named,
			String author) {
		String written = text == null ? "" : text;
		Redacted redacted = RedactionGate.redact(written, named);
		PublicText stored = new PublicText(UUID.randomUUID(), kind, subject, investigation.id().value(),
				investigation.caseNumber(),
				written, redacted.text(), redacted.removals(), author, clock.instant(), null, null);
		texts.write(stored);
		return texts.of(kind, subject).map(this::withRemovals).orElse(stored);
	}

	private PublicText withRemovals(PublicText text) {
		Investigation investigation = investigations.find(new InvestigationId(text.investigationId()));
		List<PersonInRecord> named = text.kind() == PublicTextKind.MINUTES
				? people.of(investigation, hearingOf(text)) : people.of(investigation);
		return new PublicText(text.id(), text.kind(), text.subjectId(), text.investigationId(), text.caseNumber(),
				text.writtenText(),
				text.redactedText(), RedactionGate.redact(text.writtenText(), named).removals(), text.writtenBy(),
				text.writtenAt(),
				text.approvedBy(), text.approvedAt());
	}

	private Hearing hearingOf(PublicText text) {
		return hearings.find(text.subjectId())
			.orElseThrow(() -> new UnknownRecord("investigations.refused.hearing.unknown", text.subjectId()));
	}
}
