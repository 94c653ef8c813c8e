package org.leoprotocol.notifications.delivery;

import java.util.Locale;

import org.leoprotocol.notifications.preferences.Preferences;
import org.leoprotocol.shared.PublicAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a notice says outside Leo (mail, webhook), in the recipient's chosen language: its subject from the message key,
 * and the link to open made absolute with Leo's public address ({@link PublicAddress}).
 */
@Component
public class NoticeText {

	private final MessageSource texts;
	private final Preferences preferences;
	private final PublicAddress publicAddress;
	private final String agencyName;

	NoticeText(MessageSource texts, Preferences preferences, PublicAddress publicAddress,
			@Value("${leo.agency.name}") String agencyName) {
		this.texts = texts;
		this.preferences = preferences;
		this.publicAddress = publicAddress;
		this.agencyName = agencyName;
	}

	public Locale language(DueDelivery delivery) {
		return preferences.language(delivery.accountId());
	}

	public String subject(DueDelivery delivery, Locale language) {
		return Subjects.say(texts, delivery.subjectKey(), delivery.arguments(), language);
	}

	public String body(DueDelivery delivery, Locale language) {
		return texts.getMessage("notifications.mail.body",
				new Object[] { subject(delivery, language), link(delivery), agencyName },
				language);
	}

	public String link(DueDelivery delivery) {
		return delivery.link() == null ? "" : publicAddress.of(delivery.link());
	}
}
