package org.leoprotocol.engagement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the private links engagement mails carry, from what arrived at the test SMTP server. */
final class MailedLinks {

	static final Pattern LINK = Pattern.compile("/public/engagement/([A-Za-z0-9_-]{20,})");

	private MailedLinks() {
	}

	/** The mail to the address, waiting up to ten seconds for it to arrive. */
	static MimeMessage mailTo(GreenMail server, String address) throws MessagingException, InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			for (MimeMessage mail : server.getReceivedMessages()) {
				if (GreenMailUtil.getAddressList(mail.getAllRecipients()).contains(address)) {
					return mail;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No mail arrived for " + address);
	}

	/** The body with quoted-printable soft line breaks joined. */
	static String body(MimeMessage mail) {
		return GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", "");
	}

	static String token(MimeMessage mail) {
		Matcher link = LINK.matcher(body(mail));
		assertThat(link.find()).as("a private link in the mail").isTrue();
		return link.group(1);
	}
}
