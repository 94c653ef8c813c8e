package org.leoprotocol.access.factor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An administrator removes a staff member's second factor (a lost phone, a leaked secret), giving the reason the audit
 * trail keeps. The staff member enrols a new authenticator at the next sign-in.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SecondFactorResetController {

	private final SecondFactors factors;

	SecondFactorResetController(SecondFactors factors) {
		this.factors = factors;
	}

	/**
	 * Resets the second factor and returns to the accounts; a missing reason is refused 400 and an unknown account 404,
	 * each said in the administrator's language by the one mapping of refusals.
	 */
	@PostMapping("/staff/accounts/{username}/second-factor")
	String reset(@PathVariable String username, @RequestParam(defaultValue = "") String reason) {
		factors.reset(username, reason);
		return "redirect:/staff/accounts";
	}
}
