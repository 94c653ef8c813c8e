package org.leoprotocol;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) inside the test JVM on a free port, and Leo's mail sender pointed at it, so that every
 * integration test sends mail over SMTP and a test can read what arrived.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

	@Bean
	JavaMailSender mailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		return sender;
	}
}
