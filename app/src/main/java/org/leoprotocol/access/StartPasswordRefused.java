package org.leoprotocol.access;

import org.leoprotocol.shared.StartRefused;

/**
 * A password given to Leo for its first start ({@code LEO_ADMIN_PASSWORD}, {@code LEO_DEMO_PASSWORD}) breaks the
 * password rule; Leo refuses to start before it stores anything, so a corrected start begins from a clean slate.
 */
public class StartPasswordRefused extends StartRefused {

	private final String variable;

	StartPasswordRefused(String variable) {
		super(variable + " is shorter than " + PasswordRule.MINIMUM_LENGTH + " characters, so nothing was stored",
				null);
		this.variable = variable;
	}

	/** Refuses the start unless the configured password is blank (a generated one is used) or follows the rule. */
	public static void check(String variable, String password) {
		if (!password.isBlank() && password.length() < PasswordRule.MINIMUM_LENGTH) {
			throw new StartPasswordRefused(variable);
		}
	}

	@Override
	public String action() {
		return "Set " + variable + " to at least " + PasswordRule.MINIMUM_LENGTH
				+ " characters, or leave it unset for a generated password.";
	}
}
