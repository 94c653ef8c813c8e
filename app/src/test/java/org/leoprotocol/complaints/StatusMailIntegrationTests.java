package org.leoprotocol.complaints;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@LeoIntegrationTest
class StatusMailIntegrationTests {

	@Autowired
	ComplaintIntake intake;
	@Autowired
	GreenMail mailServer;

	@Test
	void thePersonWhoFiledIsEmailedAtEveryPublicStageWithoutNamesOrKey() throws Exception {
		String address = "status-" + UUID.randomUUID() + "@example.org";
		Submission submission = new Submission(Kind.COMPLAINT, FiledFor.SELF, false, "Agnes Gable", null, null, false,
				address,
				null, "Tuesday", "Market street", "The officer waved me off when my purse was snatched.",
				java.util.List.of());
		Acknowledgement receipt = intake.file(submission, null);
		ComplaintId id = intake.inStage(Stage.RECEIVED).stream()
			.filter(c -> c.trackingCode().equals(receipt.trackingCode()))
			.findFirst().orElseThrow().id();

		intake.moveTo(id, Stage.UNDER_REVIEW, "Internal affairs is reading your complaint.", null);

		java.util.List<MimeMessage> mails = mailsTo(address, 2);
		java.util.List<String> subjects = new java.util.ArrayList<>();
		for (MimeMessage mail : mails) {
			subjects.add(mail.getSubject());
		}
		assertThat(subjects).containsExactlyInAnyOrder(
				"Your complaint " + receipt.trackingCode() + ": Received / Su queja " + receipt.trackingCode()
						+ ": Recibida",
				"Your complaint " + receipt.trackingCode() + ": Under review / Su queja " + receipt.trackingCode()
						+ ": En estudio");
		for (MimeMessage mail : mails) {
			String body = GreenMailUtil.getBody(mail);
			assertThat(body).doesNotContain(receipt.accessKey()).doesNotContain("Agnes");
		}
	}

	private java.util.List<MimeMessage> mailsTo(String address, int expected) throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		java.util.List<MimeMessage> mails = new java.util.ArrayList<>();
		while (mails.size() < expected && System.nanoTime() < deadline) {
			Thread.sleep(50);
			mails.clear();
			for (MimeMessage mail : mailServer.getReceivedMessages()) {
				if (GreenMailUtil.getAddressList(mail.getAllRecipients()).contains(address)) {
					mails.add(mail);
				}
			}
		}
		return mails;
	}
}
