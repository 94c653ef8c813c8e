package org.leoprotocol.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicAddressTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aConfiguredAddressStartsEveryLinkWhateverTheRequestCameTo() {
		answering("http", "10.0.0.7", 8080);
		assertThat(new PublicAddress("https://leo.example.gov/", 8080).of("/events/x"))
			.isEqualTo("https://leo.example.gov/events/x");
	}

	@Test
	void withoutOneALinkWrittenDuringARequestStartsWithTheAddressItCameTo() {
		answering("https", "leo.county.example", 443);
		assertThat(new PublicAddress("", 8080).of("/events/x")).isEqualTo("https://leo.county.example/events/x");
		answering("http", "192.168.1.20", 9090);
		assertThat(new PublicAddress("", 8080).of("/events/x")).isEqualTo("http://192.168.1.20:9090/events/x");
	}

	@Test
	void withoutOneALinkWrittenInTheBackgroundStartsAtThisMachinesPort() {
		assertThat(new PublicAddress("", 9191).of("/inbox")).isEqualTo("http://localhost:9191/inbox");
		assertThat(new PublicAddress("", 9191).isConfigured()).isFalse();
	}

	@Test
	void anAddressThatIsNotHttpStopsTheStartWithWhatToDo() {
		for (String wrong : new String[] { "leo.example.gov", "ftp://leo.example.gov", "https://", "https://x.gov/?a=b",
				"http://exa mple" }) {
			assertThatThrownBy(() -> new PublicAddress(wrong, 8080)).as(wrong).isInstanceOf(StartRefused.class)
				.hasMessageContaining("LEO_PUBLIC_URL");
		}
	}

	private static void answering(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}
}
