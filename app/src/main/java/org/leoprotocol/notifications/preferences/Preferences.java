package org.leoprotocol.notifications.preferences;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each staff member chose: channels per kind of notice, and the language notices are written in for them. */
@Service
public class Preferences {

	private final Choices choices;
	private final AuditTrail audit;
	private final Locale agencyLanguage;

	Preferences(Choices choices, AuditTrail audit, @Value("${leo.agency.language:en}") String agencyLanguage) {
		this.choices = choices;
		this.audit = audit;
		this.agencyLanguage = Locale.forLanguageTag(agencyLanguage.strip());
		if (!List.of("en", "es").contains(this.agencyLanguage.getLanguage())) {
			throw new IllegalArgumentException("leo.agency.language is en or es, not '" + agencyLanguage + "'");
		}
	}

	public Map<NoticeKind, Choice> of(UUID accountId) {
		return choices.of(accountId);
	}

	public Choice of(UUID accountId, NoticeKind kind) {
		return choices.of(accountId).get(kind);
	}

	/**
	 * The language the staff member chose, else the agency's ({@code leo.agency.language}, {@code en} or {@code es};
	 * English by default), for what Leo says outside a page: mail and the paging webhook.
	 */
	public Locale language(UUID accountId) {
		return (accountId == null ? java.util.Optional.<Locale>empty() : choices.language(accountId))
			.orElse(agencyLanguage);
	}

	/** The agency's language, for staff who have not chosen one. */
	public Locale agencyLanguage() {
		return agencyLanguage;
	}

	@Transactional
	public void save(UUID accountId, Map<NoticeKind, Choice> chosen, Locale language) {
		chosen.forEach((kind, choice) -> choices.save(accountId, kind, choice));
		choices.saveLanguage(accountId, supported(language));
		audit.access(AuditAction.UPDATE, "notifications", RecordReference.of("NotificationPreferences", accountId),
				Sentence.of("audit.detail.preferences.channels"));
	}

	private static Locale supported(Locale language) {
		return "es".equals(language.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
	}
}
