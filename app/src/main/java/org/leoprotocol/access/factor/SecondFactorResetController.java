package org.leoprotocol.access.factor;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.web.ProblemPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * An administrator removes a staff member's second factor (a lost phone, a leaked secret), giving the reason the audit
 * trail keeps. The staff member enrols a new authenticator at the next sign-in.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SecondFactorResetController {

	private final SecondFactors factors;
	private final ProblemPage problems;

	SecondFactorResetController(SecondFactors factors, ProblemPage problems) {
		this.factors = factors;
		this.problems = problems;
	}

	@PostMapping("/staff/accounts/{username}/second-factor")
	ModelAndView reset(@PathVariable String username, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest request) {
		try {
			factors.reset(username, reason);
		}
		catch (InvalidInput refused) {
			return problems.explained(request, HttpStatus.UNPROCESSABLE_CONTENT, "secondFactor.reset.refused");
		}
		return new ModelAndView("redirect:/staff/accounts");
	}
}
