package org.leoprotocol.access.factor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Outcome;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a password sign-in: the code from the authenticator app (or a recovery code) or a passkey
 * ({@link PasskeySignIn}), or, for a staff member without either while the agency requires one, the enrolment of an app
 * or a passkey. Five wrong codes end the session. Every answer is audited as a login event.
 */
@Controller
class SecondFactorController {

	private static final String PAGE = SecondFactorGate.PAGE;

	private final SecondFactors factors;
	private final Passkeys passkeys;
	private final SecondFactorSettings settings;
	private final AuditTrail audit;
	private final String issuer;
	private final Refusals refusals;

	SecondFactorController(SecondFactors factors, Passkeys passkeys, SecondFactorSettings settings, AuditTrail audit,
			@Value("${leo.agency.name:Leo}") String agency, Refusals refusals) {
		this.refusals = refusals;
		this.factors = factors;
		this.passkeys = passkeys;
		this.settings = settings;
		this.audit = audit;
		this.issuer = "Leo " + agency;
	}

	@GetMapping(PAGE)
	String challenge(HttpSession session, Authentication who, Model model) {
		if (!SecondFactorSession.pending(session) || !(who instanceof UsernamePasswordAuthenticationToken)) {
			return "redirect:/staff";
		}
		if (!factors.enrolled(who.getName())) {
			return settings.required() ? "redirect:" + PAGE + "/enrol" : passed(session);
		}
		return challengePage(who, null, model);
	}

	@PostMapping(PAGE)
	String answer(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response,
			Authentication who, Locale locale, Model model) {
		HttpSession session = request.getSession();
		if (!SecondFactorSession.pending(session)) {
			return "redirect:/staff";
		}
		if (factors.verify(who.getName(), code)) {
			audit.login(AuditAction.LOGIN, who.getName(), Outcome.SUCCESS, request.getRemoteAddr(),
					Sentence.of("audit.detail.login.second-factor-given"));
			return passed(session);
		}
		audit.login(AuditAction.LOGIN, who.getName(), Outcome.FAILURE, request.getRemoteAddr(),
				Sentence.of("audit.detail.login.second-factor-wrong"));
		if (SecondFactorSession.failedTooOften(session)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			return "redirect:/login?error";
		}
		refusals.answered(new FieldsRefused(List.of("code")), response, locale);
		return challengePage(who, "secondFactor.wrongCode", model);
	}

	private String challengePage(Authentication who, String problem, Model model) {
		model.addAttribute("view", SecondFactorView.challenge(problem, factors.authenticatorApp(who.getName()),
				passkeys.any(who.getName())));
		return "access/second-factor";
	}

	@GetMapping(PAGE + "/enrol")
	String enrolment(HttpSession session, Authentication who, Model model) {
		if (!(who instanceof UsernamePasswordAuthenticationToken) || factors.enrolled(who.getName())) {
			return "redirect:" + PAGE;
		}
		return enrolmentPage(session, who, null, model);
	}

	@PostMapping(PAGE + "/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Authentication who, Locale locale, Model model) {
		HttpSession session = request.getSession();
		if (!(who instanceof UsernamePasswordAuthenticationToken)
				|| !(session.getAttribute(SecondFactorSession.ENROLLING) instanceof String secret)
				|| factors.enrolled(who.getName())) {
			return "redirect:" + PAGE;
		}
		var codes = factors.enrol(who.getName(), secret, code);
		if (codes.isEmpty()) {
			refusals.answered(new FieldsRefused(List.of("code")), response, locale);
			return enrolmentPage(session, who, "secondFactor.wrongCode", model);
		}
		audit.login(AuditAction.LOGIN, who.getName(), Outcome.SUCCESS, request.getRemoteAddr(),
				Sentence.of("audit.detail.login.second-factor-enrolled"));
		SecondFactorSession.passed(session);
		model.addAttribute("view", new SecondFactorView(null, null, null, codes.get(), true, false));
		return "access/second-factor-recovery";
	}

	private String enrolmentPage(HttpSession session, Authentication who, String problem, Model model) {
		String secret = session.getAttribute(SecondFactorSession.ENROLLING) instanceof String kept ? kept
				: factors.newSecret();
		session.setAttribute(SecondFactorSession.ENROLLING, secret);
		model.addAttribute("view",
				new SecondFactorView(problem, secret, otpauth(who.getName(), secret), List.of(), false, false));
		return "access/second-factor-enrol";
	}

	/** The Key Uri Format of authenticator apps: otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER. */
	private String otpauth(String username, String secret) {
		String label = encoded(issuer) + ":" + encoded(username);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encoded(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String passed(HttpSession session) {
		SecondFactorSession.passed(session);
		return "redirect:/staff";
	}
}
