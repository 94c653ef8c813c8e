package org.leoprotocol.access.sso;

/**
 * What the sign-in page offers: the department's provider (with the name on its button), Leo passwords, or both, and
 * whether the last single sign-on was refused.
 */
public record SignInChoices(boolean singleSignOn, String providerName, String start, boolean passwords,
		boolean failed) {

	public static SignInChoices of(SingleSignOnSettings settings, boolean failed) {
		return new SignInChoices(settings.enabled(), settings.providerName(), SingleSignOnConfiguration.START,
				settings.localPasswords(), failed);
	}
}
