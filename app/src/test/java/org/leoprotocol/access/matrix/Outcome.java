package org.leoprotocol.access.matrix;

import java.util.Arrays;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the security chain and the handler answered, as far as authorization goes: let through (whatever the handler
 * then said about the input), refused (403), asked to authenticate (401) or sent to the sign-in page. A server error is
 * never an expected answer.
 */
enum Outcome {

	ALLOWED("ok"), FORBIDDEN("403"), UNAUTHORIZED("401"), LOGIN("login"), RECUSED("409"), SERVER_ERROR("500");

	private final String word;

	Outcome(String word) {
		this.word = word;
	}

	String word() {
		return word;
	}

	static Outcome of(String word) {
		return Arrays.stream(values()).filter(outcome -> outcome.word.equals(word)).findFirst()
			.orElseThrow(
					() -> new IllegalArgumentException("No outcome '" + word + "'; use ok, 403, 401, login or 409"));
	}

	/** As {@link #of(MockHttpServletResponse)}, but a 409 (a conflicted decider recused) counts as its own answer. */
	static Outcome withRecusal(MockHttpServletResponse response) {
		return response.getStatus() == 409 ? RECUSED : of(response);
	}

	static Outcome of(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status >= 500) {
			return SERVER_ERROR;
		}
		if (status == 401) {
			return UNAUTHORIZED;
		}
		if (status == 403) {
			return FORBIDDEN;
		}
		if (status >= 300 && status < 400 && location != null
				&& location.replaceFirst("\\?.*$", "").endsWith("/login")) {
			return LOGIN;
		}
		return ALLOWED;
	}
}
