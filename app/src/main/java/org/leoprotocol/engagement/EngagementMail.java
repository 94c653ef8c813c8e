package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.Locale;

import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.PublicAddress;

import org.leoprotocol.engagement.web.EngagementRoutes;
import org.leoprotocol.shared.WrongState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mails of community engagement: the confirmation of a registration with its private link, and the invitation to a
 * survey after an incident. The links carry the token; Leo keeps only its hash, so this mail is the one place the link
 * exists. Links start at Leo's public address ({@link PublicAddress}).
 */
@Component
class EngagementMail {

	private static final Logger LOG = LoggerFactory.getLogger(EngagementMail.class);
	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final ObjectProvider<JavaMailSender> mail;
	private final String from;
	private final String agencyName;
	private final PublicAddress publicAddress;
	private final MessageSource texts;
	private final AgencyTime times;

	EngagementMail(ObjectProvider<JavaMailSender> mail,
			@Value("${leo.engagement.mail-from:community@leo.invalid}") String from,
			@Value("${leo.agency.name}") String agencyName, PublicAddress publicAddress,
			MessageSource texts, AgencyTime times) {
		this.mail = mail;
		this.texts = texts;
		this.times = times;
		this.from = from;
		this.agencyName = agencyName;
		this.publicAddress = publicAddress;
	}

	/**
	 * Sends the confirmation; returns false when no mail server is configured or it refused the mail, so the page can
	 * say so and the person keeps the link shown there. The registration stands either way. The mail is in the language
	 * the person registered in: the page's, or the API's {@code Accept-Language}.
	 */
	boolean confirmation(RegistrationReceipt receipt, Locale language) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return false;
		}
		Registration registration = receipt.registration();
		OutreachEvent event = receipt.event();
		SimpleMailMessage message = message(registration.email());
		String status = registration.status().name();
		message.setSubject(texts.getMessage("engagement.mail.registered.subject." + status,
				new Object[] { event.title() }, language));
		message.setText(texts.getMessage("engagement.mail.registered.body", new Object[] { registration.name(),
				texts.getMessage("engagement.mail.registered." + status, null, language),
				event.title() + ", " + times.format(event.startsAt(), language), event.place(),
				registration.partySize(),
				link(receipt.token()), agencyName }, language));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException failed) {
			LOG.warn("The confirmation of registration {} could not be mailed: {}", registration.id(),
					failed.getMessage());
			return false;
		}
	}

	/**
	 * Sends the invitation, in English and then Spanish, since staff do not choose the person's language for it; a
	 * refusal by the mail server undoes the invitation, which no one could otherwise use.
	 */
	void invitation(String email, String token, Instant expires) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new WrongState("engagement.refused.noMailServer");
		}
		SimpleMailMessage message = message(email);
		message.setSubject(invitation("subject", token, expires, Locale.ENGLISH) + " / "
				+ invitation("subject", token, expires, SPANISH));
		message.setText(invitation("body", token, expires, Locale.ENGLISH) + "\n----\n\n"
				+ invitation("body", token, expires, SPANISH));
		try {
			sender.send(message);
		}
		catch (MailException failed) {
			throw new WrongState("engagement.refused.invitationNotSent", failed.getMessage());
		}
	}

	private String invitation(String part, String token, Instant expires, Locale language) {
		return texts.getMessage("engagement.mail.invitation." + part,
				new Object[] { agencyName, link(token), times.format(expires, language) }, language);
	}

	/**
	 * Sends a new survey link in the language staff chose for the person, for an invitation whose first mail was lost;
	 * a refusal by the mail server undoes the new link, and the old one is then still the valid one.
	 */
	void newLink(String email, String token, Instant expires, Locale language) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new WrongState("engagement.refused.noMailServer");
		}
		SimpleMailMessage message = message(email);
		message.setSubject(texts.getMessage("engagement.mail.newLink.subject", new Object[] { agencyName }, language));
		message.setText(texts.getMessage("engagement.mail.newLink.body",
				new Object[] { agencyName, link(token), times.format(expires, language) }, language));
		try {
			sender.send(message);
		}
		catch (MailException failed) {
			throw new WrongState("engagement.refused.newLinkNotSent", failed.getMessage());
		}
	}

	String link(String token) {
		return publicAddress.of(EngagementRoutes.privateLink(token));
	}

	private SimpleMailMessage message(String to) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		return message;
	}
}
