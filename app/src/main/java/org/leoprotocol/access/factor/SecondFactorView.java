package org.leoprotocol.access.factor;

import java.util.List;

/**
 * The second-factor pages: the code or passkey asked for at sign-in, or an enrolment with its secret (as an
 * {@code otpauth} URI for apps that take a link or a QR code, and as text to type in) beside the offer of a passkey, or
 * the recovery codes shown once. {@code problem} is a message key; {@code app} and {@code passkey} say which factors
 * the staff member has.
 */
public record SecondFactorView(String problem, String secret, String otpauthUri, List<String> recoveryCodes,
		boolean app,
		boolean passkey) {

	public static final String PAGE = SecondFactorGate.PAGE;

	static SecondFactorView challenge(String problem, boolean app, boolean passkey) {
		return new SecondFactorView(problem, null, null, List.of(), app, passkey);
	}

	/** The secret in groups of four characters, easier to type. */
	public String secretInGroups() {
		return secret == null ? "" : String.join(" ", secret.split("(?<=\\G.{4})"));
	}
}
