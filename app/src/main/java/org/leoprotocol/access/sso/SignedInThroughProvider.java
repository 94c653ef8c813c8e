package org.leoprotocol.access.sso;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Ends a single sign-on with a page that moves on to the staff home page by itself, instead of a redirect. The
 * provider's redirect back to Leo is a navigation another site started, and a redirect would carry that on: the browser
 * would not yet send Leo's new {@code SameSite=Strict} session cookie. A navigation this page starts is Leo's own, and
 * the cookie goes with it.
 */
class SignedInThroughProvider implements AuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String home = request.getContextPath() + "/staff";
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.getWriter().write("<!doctype html><html><head><meta charset=\"utf-8\"><title>Leo</title>"
				+ "<meta http-equiv=\"refresh\" content=\"0;url=" + home + "\"></head>"
				+ "<body><p><a href=\"" + home + "\">Leo</a></p></body></html>");
	}
}
