package org.leoprotocol.access;

import org.leoprotocol.access.sso.SignInChoices;
import org.leoprotocol.access.sso.SingleSignOnSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public start page and the sign-in form with the system-use notice (CJIS 5.5.4); the staff home is
 * {@link HomeController}.
 */
@Controller
class FrontDoorController {

	private final SingleSignOnSettings singleSignOn;

	FrontDoorController(SingleSignOnSettings singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/")
	String landing() {
		return "site/landing";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired,
			@RequestParam(name = "sso-failed", required = false) String ssoFailed,
			Model model) {
		model.addAttribute("choices", SignInChoices.of(singleSignOn, ssoFailed != null));
		model.addAttribute("failed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("expired", expired != null);
		return "login";
	}

}
