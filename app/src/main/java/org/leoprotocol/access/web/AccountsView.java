package org.leoprotocol.access.web;

import java.util.List;

/**
 * The administrator's list of staff accounts with the form to open one. {@code issued} carries a password that was just
 * generated: shown once, on this response only, and never stored in clear.
 */
public record AccountsView(List<Row> accounts, List<String> roles, Form form, String problem, Issued issued) {

	public static final String PATH = "/staff/accounts";

	public static String action(String username, String what) {
		return PATH + "/" + username + "/" + what;
	}

	/** One account as listed. */
	public record Row(String username, String displayName, String roles, String officer, boolean locked,
			boolean enabled,
			String email) {
	}

	/** The new-account form as filled in. */
	public record Form(String username, String displayName, String badgeNumber, List<String> roles) {

		public static final Form EMPTY = new Form("", "", "", List.of());
	}

	/** A password generated for an account, to hand over to its owner. */
	public record Issued(String username, String password) {
	}
}
