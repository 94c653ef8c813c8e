package org.leoprotocol.access.factor;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every staff member's own passkeys: the list, a new one (added by the page's script through {@link PasskeySignIn}'s
 * endpoints), and removal. While the agency requires a second factor, the last one cannot be removed: an
 * administrator's reset is the way to start again.
 */
@Controller
class PasskeyController {

	private final Passkeys passkeys;
	private final SecondFactors factors;
	private final SecondFactorSettings settings;
	private final AuditTrail audit;
	private final Refusals refusals;

	PasskeyController(Passkeys passkeys, SecondFactors factors, SecondFactorSettings settings, AuditTrail audit,
			Refusals refusals) {
		this.refusals = refusals;
		this.passkeys = passkeys;
		this.factors = factors;
		this.settings = settings;
		this.audit = audit;
	}

	@GetMapping(PasskeysView.PATH)
	String list(@RequestParam(defaultValue = "false") boolean removed, Actor who, Model model) {
		audit.read("access", RecordReference.of("StaffAccount", who.username()),
				Sentence.of("audit.detail.passkey.own"));
		return page(who, null, removed, model);
	}

	@PostMapping(PasskeysView.PATH + "/{credentialId}/remove")
	String remove(@PathVariable String credentialId, Actor who, Locale locale, Model model,
			HttpServletResponse response) {
		String username = who.username();
		boolean owned = passkeys.of(username).stream().anyMatch(passkey -> passkey.id().equals(credentialId));
		Refusal refused = !owned ? new UnknownRecord("passkey.remove.unknown")
				: settings.required() && !factors.authenticatorApp(username) && passkeys.of(username).size() == 1
						? new WrongState("passkey.remove.last") : null;
		if (refused != null) {
			refusals.answered(refused, response, locale);
			return page(who, refused.messageKey(), false, model);
		}
		passkeys.remove(username, credentialId);
		return "redirect:" + PasskeysView.PATH + "?removed=true";
	}

	private String page(Actor who, String problem, boolean removed, Model model) {
		model.addAttribute("view", new PasskeysView(passkeys.of(who.username()), problem, removed));
		return "access/passkeys";
	}
}
