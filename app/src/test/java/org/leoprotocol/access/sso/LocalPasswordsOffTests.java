package org.leoprotocol.access.sso;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPasswordsOffTests {

	@Test
	void refusesThePasswordFormBasicCredentialsAndPasskeysOnlyWhenPasswordsAreOff() throws Exception {
		var off = new LocalPasswordsOff(
				new SingleSignOnSettings(new MockEnvironment().withProperty("leo.access.local-passwords", "false")));
		var on = new LocalPasswordsOff(new SingleSignOnSettings(new MockEnvironment()));

		assertThat(answer(off, form())).isEqualTo("302 /login?error");
		assertThat(answer(off, basic())).isEqualTo("401 null");
		assertThat(answer(off, new MockHttpServletRequest("GET", "/staff"))).isEqualTo("passed");
		assertThat(answer(off, new MockHttpServletRequest("POST", "/login/webauthn"))).isEqualTo("401 null");
		assertThat(answer(off, new MockHttpServletRequest("POST", "/webauthn/register/options"))).isEqualTo("401 null");
		assertThat(answer(on, new MockHttpServletRequest("POST", "/login/webauthn"))).isEqualTo("passed");
		assertThat(answer(on, form())).isEqualTo("passed");
		assertThat(answer(on, basic())).isEqualTo("passed");
	}

	private static MockHttpServletRequest form() {
		return new MockHttpServletRequest("POST", "/login");
	}

	private static MockHttpServletRequest basic() {
		var request = new MockHttpServletRequest("GET", "/api/v1/duty");
		request.addHeader("Authorization", "basic dGVzdDp0ZXN0");
		return request;
	}

	private static String answer(LocalPasswordsOff filter, MockHttpServletRequest request) throws Exception {
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		return chain.getRequest() != null ? "passed" : response.getStatus() + " " + response.getRedirectedUrl();
	}
}
