package org.leoprotocol.notifications.delivery;

import java.util.Locale;
import java.util.function.Supplier;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.access.StaffDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a notice to the staff member's address over SMTP ({@code spring.mail.host}). When the mail server is down or
 * refuses, the attempt fails and is retried; the delivery counts as delivered once the server accepted it.
 */
@Component
class EmailCourier implements Courier {

	private final Supplier<JavaMailSender> mail;
	private final StaffDirectory staff;
	private final NoticeText text;
	private final String from;

	@Autowired
	EmailCourier(ObjectProvider<JavaMailSender> mail, StaffDirectory staff, NoticeText text,
			@Value("${leo.notifications.mail-from:notifications@leo.invalid}") String from) {
		this(mail::getIfAvailable, staff, text, from);
	}

	EmailCourier(Supplier<JavaMailSender> mail, StaffDirectory staff, NoticeText text, String from) {
		this.mail = mail;
		this.staff = staff;
		this.text = text;
		this.from = from;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public void deliver(DueDelivery delivery) {
		JavaMailSender sender = mail.get();
		if (sender == null) {
			throw new IllegalStateException("no mail server configured (spring.mail.host)");
		}
		StaffContact to = staff.contact(delivery.accountId()).filter(contact -> contact.email() != null)
			.orElseThrow(() -> new IllegalStateException(DeliveryQueue.NO_ADDRESS));
		Locale language = text.language(delivery);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.email());
		message.setSubject(text.subject(delivery, language));
		message.setText(text.body(delivery, language));
		sender.send(message);
	}
}
