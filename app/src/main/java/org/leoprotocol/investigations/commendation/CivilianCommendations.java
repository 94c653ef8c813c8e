package org.leoprotocol.investigations.commendation;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes civilian commendation letters for people who gave statements in a case, in the language asked for and dated on
 * the agency's calendar day; each letter is an audited export.
 */
@Service
public class CivilianCommendations {

	private final Investigations investigations;
	private final AuditTrail audit;
	private final Clock clock;
	private final String agencyName;
	private final MessageSource messages;
	private final AgencyTime time;

	CivilianCommendations(Investigations investigations, AuditTrail audit, Clock clock,
			@Value("${leo.agency.name}") String agencyName, MessageSource messages, AgencyTime time) {
		this.messages = messages;
		this.time = time;
		this.investigations = investigations;
		this.audit = audit;
		this.clock = clock;
		this.agencyName = agencyName;
	}

	@Transactional
	public byte[] letter(InvestigationId id, UUID statementId, String citation, String signedBy, Locale language) {
		if (citation == null || citation.isBlank() || citation.length() > 1500 || signedBy == null || signedBy.isBlank()
				|| signedBy.length() > 200) {
			throw new InvalidInput("investigations.refused.commendation.citation");
		}
		CaseEntry statement = investigations.entries(id).stream()
			.filter(entry -> entry.id().equals(statementId) && entry.kind() == CaseEntry.Kind.STATEMENT).findFirst()
			.orElseThrow(() -> new UnknownRecord("investigations.refused.statement.unknown", statementId));
		audit.access(AuditAction.EXPORT, Investigations.COMPONENT, RecordReference.of("CaseEntry", statementId),
				Sentence.of("audit.detail.commendation.letter"));
		return CommendationLetter.render(agencyName, statement.personName(), citation.strip(), signedBy.strip(),
				new CommendationLetter.Words(messages.getMessage("investigations.letter.title", null, language),
						messages.getMessage("investigations.letter.heading", null, language),
						messages.getMessage("investigations.letter.awarded", null, language),
						time.day(clock.instant(), language)));
	}
}
