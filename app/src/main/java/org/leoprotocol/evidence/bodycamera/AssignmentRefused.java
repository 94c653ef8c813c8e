package org.leoprotocol.evidence.bodycamera;

import org.leoprotocol.shared.InvalidInput;

/** An assignment refused for what was sent: a missing or unknown device or badge, an overlap, a wrong order. */
final class AssignmentRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	AssignmentRefused(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
