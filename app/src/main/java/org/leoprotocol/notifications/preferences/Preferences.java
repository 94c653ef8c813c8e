package org.leoprotocol.notifications.preferences;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.notifications.NoticeKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each staff member chose: channels per kind of notice, and the language notices are written in for them. */
@Service
public class Preferences {

	private final Choices choices;
	private final AuditTrail audit;

	Preferences(Choices choices, AuditTrail audit) {
		this.choices = choices;
		this.audit = audit;
	}

	public Map<NoticeKind, Choice> of(UUID accountId) {
		return choices.of(accountId);
	}

	public Choice of(UUID accountId, NoticeKind kind) {
		return choices.of(accountId).get(kind);
	}

	/** English unless the staff member chose Spanish. */
	public Locale language(UUID accountId) {
		return choices.language(accountId).orElse(Locale.ENGLISH);
	}

	@Transactional
	public void save(UUID accountId, Map<NoticeKind, Choice> chosen, Locale language) {
		chosen.forEach((kind, choice) -> choices.save(accountId, kind, choice));
		choices.saveLanguage(accountId, "es".equals(language.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH);
		audit.access(AuditAction.UPDATE, "notifications", RecordReference.of("NotificationPreferences", accountId), "channels chosen");
	}
}
