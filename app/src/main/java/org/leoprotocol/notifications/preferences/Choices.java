package org.leoprotocol.notifications.preferences;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.notifications.NoticeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff members' channel choices per kind and their reading language, in plain SQL. */
@Repository
class Choices {

	private final JdbcClient jdbc;

	Choices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<NoticeKind, Choice> of(UUID accountId) {
		Map<NoticeKind, Choice> choices = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			choices.put(kind, Choice.DEFAULT);
		}
		jdbc.sql("select kind, email, webhook from notification_choice where account_id = :account")
			.param("account", accountId)
			.query((rs, row) -> choices.put(NoticeKind.valueOf(rs.getString(1)),
					new Choice(rs.getBoolean(2), rs.getBoolean(3))))
			.list();
		return choices;
	}

	void save(UUID accountId, NoticeKind kind, Choice choice) {
		jdbc.sql(
				"""
						insert into notification_choice (account_id, kind, email, webhook) values (:account, :kind, :email, :webhook)
						on conflict (account_id, kind) do update set email = excluded.email, webhook = excluded.webhook
						""")
			.param("account", accountId).param("kind", kind.name()).param("email", choice.email())
			.param("webhook", choice.webhook()).update();
	}

	Optional<Locale> language(UUID accountId) {
		return jdbc.sql("select language from notification_language where account_id = :account")
			.param("account", accountId)
			.query(String.class).optional().map(Locale::forLanguageTag);
	}

	void saveLanguage(UUID accountId, Locale language) {
		jdbc.sql("""
				insert into notification_language (account_id, language) values (:account, :language)
				on conflict (account_id) do update set language = excluded.language
				""")
			.param("account", accountId).param("language", language.getLanguage()).update();
	}
}
