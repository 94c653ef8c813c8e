package org.leoprotocol.audit;

/**
 * The audit trail's hash chain was extended: its head is link {@code seq}, sealing the audit row at {@code position},
 * with hash {@code chainHash} (hex). The evidence module enters each head in the custody ledger, whose signed tree
 * heads then vouch for it, so the chain cannot be rewritten or shortened behind the ledger's back.
 */
public record AuditChainSealed(long seq, long position, String chainHash) {

	private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern
		.compile("audit chain seq=(\\d+) position=(\\d+) hash=([0-9a-f]{64})");

	/** How the head is written where it is kept (a custody event's detail). */
	public String text() {
		return "audit chain seq=" + seq + " position=" + position + " hash=" + chainHash;
	}

	/** Reads a head back from {@link #text()}. */
	public static java.util.Optional<AuditChainSealed> parse(String text) {
		java.util.regex.Matcher m = TEXT.matcher(text == null ? "" : text);
		return m.matches()
				? java.util.Optional
					.of(new AuditChainSealed(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3)))
				: java.util.Optional.empty();
	}
}
