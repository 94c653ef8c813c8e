package org.leoprotocol.protocol.broadcast;

import org.leoprotocol.shared.web.Explained;

/**
 * A description broadcast refused because it names the person, in whatever spelling the redaction gate recognised
 * ("T0mmy", "T.o.m.m.y"): a broadcast says age, clothing, shoes and appearance, never a name.
 */
public class BroadcastRefused extends IllegalArgumentException implements Explained {

	private final String found;

	BroadcastRefused(String found) {
		super("A description broadcast must never contain the person's name (found \"" + found
				+ "\"); describe age, clothing, shoes and appearance instead");
		this.found = found;
	}

	@Override
	public String messageKey() {
		return "redaction.broadcast.named";
	}

	@Override
	public Object[] messageArguments() {
		return new Object[] { found };
	}
}
