package org.leoprotocol.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public start page, the sign-in form with the system-use notice (CJIS 5.5.4), and the staff home page. */
@Controller
class FrontDoorController {

	@GetMapping("/")
	String landing() {
		return "site/landing";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("expired", expired != null);
		return "login";
	}

	@GetMapping({ "/staff", "/staff/home" })
	String staffHome() {
		return "staff/home";
	}
}
