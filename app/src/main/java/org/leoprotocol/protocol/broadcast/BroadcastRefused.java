package org.leoprotocol.protocol.broadcast;

import org.leoprotocol.shared.InvalidInput;

/**
 * A description broadcast refused because it names the person, in whatever spelling the redaction gate recognised
 * ("T0mmy", "T.o.m.m.y"): a broadcast says age, clothing, shoes and appearance, never a name.
 */
public class BroadcastRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	BroadcastRefused(String found) {
		super("redaction.broadcast.named", found);
	}
}
