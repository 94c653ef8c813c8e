package org.leoprotocol.access.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The API tokens a staff member holds (an administrator sees every token) with the form to issue one. {@code issued}
 * carries the secret of a token just issued: shown on this response only, never stored in clear.
 */
public record TokensView(List<Row> tokens, List<String> scopes, boolean administrator, Form form, String problemKey,
		Issued issued) {

	public static final String PATH = "/staff/tokens";

	public static String revoke(UUID id) {
		return PATH + "/" + id + "/revoke";
	}

	/** One token as listed; {@code state} is {@code active}, {@code revoked} or {@code expired}. */
	public record Row(UUID id, String name, String username, boolean service, String scopes, String prefix,
			String createdBy,
			Instant createdAt, Instant expiresAt, Instant lastUsedAt, String state) {
	}

	/** The form as filled in. */
	public record Form(String name, String account, List<String> scopes, int days) {

		public static final Form EMPTY = new Form("", "", List.of(), 90);
	}

	/** A token just issued and its secret. */
	public record Issued(String name, String secret) {
	}
}
