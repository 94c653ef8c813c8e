package org.leoprotocol.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

@LeoIntegrationTest
class SecureTransportIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	MockMvc mvc;

	@Test
	void behindATrustedProxyThatSpeaksHttpsEveryCookieIsSecureAndHstsIsSent() throws IOException {
		List<String> headers = exchange(LeoIntegrationTest.TRUSTED_PROXY, "https");

		assertThat(headers).anyMatch(line -> line.startsWith("strict-transport-security: max-age="));
		assertThat(headers).filteredOn(line -> line.startsWith("set-cookie:")).isNotEmpty()
			.allMatch(line -> line.contains("; secure"), "carries the Secure attribute");
	}

	@Test
	void forwardedHeadersFromAnAddressThatIsNoConfiguredProxyAreIgnored() throws IOException {
		List<String> headers = exchange("127.0.0.1", "https");

		assertThat(headers).noneMatch(line -> line.startsWith("strict-transport-security"));
		assertThat(headers).filteredOn(line -> line.startsWith("set-cookie:")).isNotEmpty()
			.noneMatch(line -> line.contains("; secure"));
	}

	@Test
	void aDirectHttpsRequestGetsHsts() throws Exception {
		mvc.perform(get("/").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
		mvc.perform(get("/").secure(false)).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	/** One HTTP/1.1 request from the given local address, as a proxy would forward it; the response's header lines. */
	private List<String> exchange(String fromAddress, String forwardedProto) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(fromAddress, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /public/complaints/new?lang=es HTTP/1.1\r\nHost: leo.example.org\r\nX-Forwarded-Proto: "
					+ forwardedProto
					+ "\r\nX-Forwarded-For: 203.0.113.5\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String head = response.substring(0, response.indexOf("\r\n\r\n"));
			return Arrays.stream(head.split("\r\n")).map(line -> line.toLowerCase(java.util.Locale.ROOT)).toList();
		}
	}
}
