package org.leoprotocol.complaints;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the person who filed at every public stage of their case, after the change is committed. The mail says
 * the stage and the note and nothing else: no names, no evidence, never the access key. When it cannot be sent
 * the event publication stays incomplete and is sent again on restart. Without a mail server configured
 * ({@code spring.mail.host}) nothing is sent.
 */
@Component
class StatusMail {

	private static final Logger LOG = LoggerFactory.getLogger(StatusMail.class);

	private final Complaints complaints;
	private final ObjectProvider<JavaMailSender> mail;
	private final String from;
	private final String agencyName;

	StatusMail(Complaints complaints, ObjectProvider<JavaMailSender> mail,
			@Value("${leo.complaints.mail-from:complaints@leo.invalid}") String from, @Value("${leo.agency.name}") String agencyName) {
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
		message.setSubject("Your " + complaint.kind().label().toLowerCase() + " " + complaint.trackingCode() + ": " + changed.stage().label());
		message.setText("""
				Your %s with tracking code %s is now: %s.
				%s
				Follow it at the %s's website under "Follow a case" with your tracking code and access key.
				This message was sent by Leo; please do not reply to it.
				""".formatted(complaint.kind().label().toLowerCase(), complaint.trackingCode(), changed.stage().label(),
				changed.note() == null ? "" : "\n" + changed.note() + "\n", agencyName));
		return message;
	}
}
