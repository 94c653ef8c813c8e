package org.leoprotocol.complaints;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the person who filed at every public stage of their case, after the change is committed. The mail says the
 * stage and the note and nothing else: no names, no evidence, never the access key. When it cannot be sent the event
 * publication stays incomplete and is sent again on restart. Without a mail server configured
 * ({@code spring.mail.host}) nothing is sent. Leo does not keep the language the person filed in, so the mail is
 * written in English and then in Spanish; a note staff wrote is sent as written, a note Leo wrote in each language.
 */
@Component
class StatusMail {

	private static final Logger LOG = LoggerFactory.getLogger(StatusMail.class);
	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final Complaints complaints;
	private final ObjectProvider<JavaMailSender> mail;
	private final String from;
	private final String agencyName;
	private final MessageSource texts;

	StatusMail(Complaints complaints, ObjectProvider<JavaMailSender> mail,
			@Value("${leo.complaints.mail-from:complaints@leo.invalid}") String from,
			@Value("${leo.agency.name}") String agencyName,
			MessageSource texts) {
		this.texts = texts;
		this.complaints = complaints;
		this.mail = mail;
		this.from = from;
		this.agencyName = agencyName;
	}

	@ApplicationModuleListener
	void on(ComplaintStageChanged changed) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		Complaint complaint = complaints.find(changed.complaintId()).orElse(null);
		if (complaint == null || complaint.submission().email() == null) {
			return;
		}
		sender.send(message(complaint, changed));
		LOG.debug("Told the person who filed {} about stage {}", complaint.trackingCode(), changed.stage());
	}

	SimpleMailMessage message(Complaint complaint, ComplaintStageChanged changed) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(complaint.submission().email());
		message.setSubject(subject(complaint, changed, Locale.ENGLISH) + " / " + subject(complaint, changed, SPANISH));
		message.setText(text(complaint, changed, Locale.ENGLISH) + "\n----\n\n" + text(complaint, changed, SPANISH));
		return message;
	}

	private String subject(Complaint complaint, ComplaintStageChanged changed, Locale language) {
		return texts.getMessage("complaints.mail.subject." + complaint.kind().name(),
				new Object[] { complaint.trackingCode(), stage(changed, language) }, language);
	}

	private String text(Complaint complaint, ComplaintStageChanged changed, Locale language) {
		return texts.getMessage("complaints.mail.body." + complaint.kind().name(),
				new Object[] { complaint.trackingCode(),
						stage(changed, language), note(changed, language), agencyName },
				language);
	}

	private String note(ComplaintStageChanged changed, Locale language) {
		String note = changed.change().note(texts, language);
		return note.isEmpty() ? "" : "\n" + note + "\n";
	}

	private String stage(ComplaintStageChanged changed, Locale language) {
		return texts.getMessage("complaints.stage." + changed.stage().name(), null, language);
	}
}
